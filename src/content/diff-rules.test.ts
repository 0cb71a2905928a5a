import { describe, expect, it } from 'vitest';
import { reportContent } from './meta-schema.js';
import { changesBetween } from './diff-rules.js';

const version = (households: number, text: string, number = '') => reportContent.parse({
  meta: { issuingBody: 'ỦY BAN NHÂN DÂN XÃ TRÀ TÂY', number, place: 'Trà Tây', date: { year: 2023, month: 6, day: 14 }, subject: 'Sơ kết', signer: { title: 'CHỦ TỊCH', name: 'Hồ Văn Long' } },
  sections: [{
    key: 'dac-diem', label: 'I.', title: 'ĐẶC ĐIỂM TÌNH HÌNH',
    blocks: [{ type: 'paragraph', marker: '-', content: [{ type: 'text', text }, { type: 'footnote', content: [{ type: 'text', text: 'Số liệu năm 2023.' }] }] }],
    figureTables: [{ key: 'ho-dan', title: 'Hộ gia đình', columns: [{ key: 'y2023', label: 'Năm 2023' }], rows: [{ key: 'tong', label: 'Tổng số hộ' }] }],
  }],
  figures: { 'ho-dan': { tong: { y2023: households } } },
});

describe('changes between two versions', () => {
  it('lists only the parts that changed, labelled the way a user reads them', () => {
    const changes = changesBetween(version(729, 'Toàn xã có 729 hộ.'), version(2971, 'Toàn xã có 729 hộ/2.971 khẩu.', '39'));
    expect(changes).toEqual([
      { label: 'Số văn bản', before: 'Số:       /BC-UBND', after: 'Số: 39/BC-UBND' },
      { label: 'Mục I. ĐẶC ĐIỂM TÌNH HÌNH', before: '- Toàn xã có 729 hộ.[chú thích: Số liệu năm 2023.]', after: '- Toàn xã có 729 hộ/2.971 khẩu.[chú thích: Số liệu năm 2023.]' },
      { label: 'Số liệu "Hộ gia đình": Tổng số hộ / Năm 2023', before: '729', after: '2.971' },
    ]);
  });

  it('finds nothing between identical versions', () => {
    expect(changesBetween(version(729, 'a'), version(729, 'a'))).toEqual([]);
  });
});
