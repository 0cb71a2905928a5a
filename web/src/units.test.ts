/** Unit pickers name units as officials do, and tell apart only the names that repeat. */
import { describe, expect, it } from 'vitest';
import type { UnitSummary } from '../../src/units/schema.js';
import { matchesLabel, unitOptions } from './units.js';

const unit = (code: string, typeName: string, name: string, parentCode: string | null, extra: Partial<UnitSummary> = {}): UnitSummary => ({
  code, name, typeName, kind: typeName === 'Tỉnh' ? 'province' : typeName === 'Huyện' ? 'district' : 'commune', parentCode,
  validFrom: '2025-07-01', validTo: null, illustrative: false, inScope: true, ...extra,
});

describe('unitOptions', () => {
  it('names units without their codes, an ended one says so', () => {
    const options = unitOptions([
      unit('51', 'Tỉnh', 'Quảng Ngãi', null),
      unit('51.TTB', 'Xã', 'Tây Trà Bồng', '51'),
      unit('51.TB.TT', 'Xã', 'Trà Tây', '51.TB', { validFrom: '2000-01-01', validTo: '2025-07-01' }),
    ]);
    expect(options.map((o) => o.label)).toEqual(['Tỉnh Quảng Ngãi', 'Xã Tây Trà Bồng', 'Xã Trà Tây - đã kết thúc']);
    expect(options.map((o) => o.value)).toEqual(['51', '51.TTB', '51.TB.TT']);
  });

  it('tells two units of one name apart by the unit above, then by code', () => {
    const labels = unitOptions([
      unit('51', 'Tỉnh', 'Quảng Ngãi', null),
      unit('51.A', 'Huyện', 'Sơn Hà', '51'),
      unit('51.B', 'Huyện', 'Sơn Tây', '51'),
      unit('51.A.1', 'Xã', 'Sơn Bao', '51.A'),
      unit('51.B.1', 'Xã', 'Sơn Bao', '51.B'),
      unit('51.B.2', 'Xã', 'Sơn Bao', '51.B'),
      // Listed above the caller's subtree for context: not offered.
      unit('50', 'Tỉnh', 'Kon Tum', null, { inScope: false }),
    ]).map((o) => o.label);
    expect(labels).toEqual([
      'Tỉnh Quảng Ngãi', 'Huyện Sơn Hà', 'Huyện Sơn Tây',
      'Xã Sơn Bao, Huyện Sơn Hà', 'Xã Sơn Bao, Huyện Sơn Tây (mã 51.B.1)', 'Xã Sơn Bao, Huyện Sơn Tây (mã 51.B.2)',
    ]);
  });
});

describe('searching a unit picker', () => {
  it('finds a unit typed with or without diacritics', () => {
    expect(matchesLabel('tra tay', { label: 'Xã Trà Tây' })).toBe(true);
    expect(matchesLabel('Trà Tây', { label: 'Xã Trà Tây' })).toBe(true);
    expect(matchesLabel('duc pho', { label: 'Thị xã Đức Phổ' })).toBe(true);
    expect(matchesLabel('tra tan', { label: 'Xã Trà Tây' })).toBe(false);
  });
});
