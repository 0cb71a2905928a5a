import { describe, expect, it } from 'vitest';
import { compiledAnnexes, type CompiledTable } from './compile-rules.js';

const table: CompiledTable = {
  key: 'tiep-dan', title: 'Tiếp công dân và xử lý đơn thư', rowHeader: 'Nội dung',
  columns: [{ key: 'y2023', label: 'Năm 2023', decimals: 1 }],
  rows: [
    { key: 'vu', label: 'Vụ việc (vụ)', total: 'sum' },
    { key: 'ty-le', label: 'Tỷ lệ giải quyết (%)', total: 'none' },
  ],
  units: [
    { unitCode: '51.DP.TT', unitName: 'Phường Nguyễn Nghiêm', reportId: 4, values: { vu: { y2023: 21 }, 'ty-le': { y2023: 95.2 } } },
    { unitCode: '51.DP.X', unitName: 'Xã Phổ Văn', reportId: 9, values: { vu: { y2023: 1234 }, 'ty-le': { y2023: null } } },
  ],
};

describe('compiled annex of a request', () => {
  it('lists every unit’s rows and totals only what adds up', () => {
    const [annex] = compiledAnnexes([table], 'Báo cáo số 12/BC-UBND');
    expect(annex).toEqual({
      title: 'PHỤ LỤC',
      subtitle: 'Tiếp công dân và xử lý đơn thư của các đơn vị (kèm theo Báo cáo số 12/BC-UBND)',
      columns: ['Đơn vị', 'Nội dung', 'Năm 2023'],
      rows: [
        ['Phường Nguyễn Nghiêm', 'Vụ việc (vụ)', '21'],
        ['', 'Tỷ lệ giải quyết (%)', '95,2'],
        ['Xã Phổ Văn', 'Vụ việc (vụ)', '1.234'],
        ['', 'Tỷ lệ giải quyết (%)', ''],
        ['Tổng cộng', 'Vụ việc (vụ)', '1.255'],
      ],
    });
  });

  it('numbers several annexes I, II, III', () => {
    expect(compiledAnnexes([table, table, table], 'x').map((a) => a.title)).toEqual(['PHỤ LỤC I', 'PHỤ LỤC II', 'PHỤ LỤC III']);
  });
});
