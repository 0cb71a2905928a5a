import { describe, expect, it } from 'vitest';
import { buildTree, canBeChildOf, checkAppendable, checkNoCycle, checkParent, checkSameLevel, isValidOn, overlaps, type UnitState } from './rules.js';

const unit = (over: Partial<UnitState> = {}): UnitState => ({
  code: '51.TB', name: 'Trà Bồng', level: 'district', validFrom: '2020-01-01', validTo: '2025-07-01', lastChange: '2020-01-01', ...over,
});

describe('validity periods (half-open)', () => {
  it('a unit dissolved on 01/07/2025 is valid the day before, not that day', () => {
    expect(isValidOn(unit(), '2025-06-30')).toBe(true);
    expect(isValidOn(unit(), '2025-07-01')).toBe(false);
    expect(isValidOn(unit(), '2019-12-31')).toBe(false);
    expect(isValidOn(unit({ validTo: null }), '2099-01-01')).toBe(true);
  });
  it('periods that only touch do not overlap', () => {
    expect(overlaps({ validFrom: '2020-01-01', validTo: '2025-07-01' }, { validFrom: '2025-07-01', validTo: null })).toBe(false);
    expect(overlaps({ validFrom: '2020-01-01', validTo: '2025-07-02' }, { validFrom: '2025-07-01', validTo: null })).toBe(true);
    expect(overlaps({ validFrom: '2020-01-01', validTo: null }, { validFrom: '1990-01-01', validTo: '2020-01-02' })).toBe(true);
  });
});

describe('levels', () => {
  it('follows the hierarchy before and after the 2025 reform', () => {
    expect(canBeChildOf('commune', 'district')).toBe(true);
    expect(canBeChildOf('commune', 'province')).toBe(true);
    expect(canBeChildOf('district', 'province')).toBe(true);
    expect(canBeChildOf('province', null)).toBe(true);
    expect(canBeChildOf('province', 'commune')).toBe(false);
    expect(canBeChildOf('village', 'province')).toBe(false);
    expect(canBeChildOf('district', null)).toBe(false);
  });
  it('refuses a province under a commune with both names in the message', () => {
    const commune = unit({ code: '51.TB.TT', name: 'Trà Tây', level: 'commune', validTo: null });
    expect(checkParent({ level: 'province', name: 'Quảng Ngãi' }, commune)).toEqual({
      code: 'INVALID_PARENT_LEVEL',
      message: 'Không thể đặt Quảng Ngãi (cấp tỉnh) trực thuộc Trà Tây (mã 51.TB.TT) (cấp xã).',
    });
    expect(checkParent({ level: 'commune', name: 'X' }, null)?.code).toBe('PARENT_REQUIRED');
  });
  it('keeps merges on one level', () => {
    expect(checkSameLevel([unit(), unit({ level: 'commune', code: 'c', name: 'C' })])?.code).toBe('LEVEL_MISMATCH');
    expect(checkSameLevel([unit(), unit({ code: 'x' })])).toBeNull();
  });
});

describe('history is appended, never rewritten', () => {
  it('refuses an operation on a unit that has ended (e.g. a merge into a dissolved unit)', () => {
    expect(checkAppendable(unit(), '2025-08-01')).toMatchObject({ code: 'UNIT_ENDED' });
    expect(checkAppendable(unit(), '2025-08-01')!.message).toContain('đã hết hiệu lực từ ngày 01/07/2025');
  });
  it('refuses a date before the unit existed or before its latest change', () => {
    expect(checkAppendable(unit(), '2019-05-01')?.code).toBe('UNIT_NOT_YET_VALID');
    expect(checkAppendable(unit({ lastChange: '2024-01-01' }), '2023-12-31')?.code).toBe('DATE_BEFORE_LAST_CHANGE');
    expect(checkAppendable(unit({ lastChange: '2024-01-01' }), '2024-01-01')?.code).toBe('DATE_BEFORE_LAST_CHANGE');
    expect(checkAppendable(unit({ lastChange: '2024-01-01' }), '2024-01-02')).toBeNull();
  });
  it('refuses cycles', () => {
    expect(checkNoCycle('a', 'a', new Set())?.code).toBe('CYCLE');
    expect(checkNoCycle('a', 'c', new Set(['b', 'c']))?.code).toBe('CYCLE');
    expect(checkNoCycle('a', 'z', new Set(['b', 'c']))).toBeNull();
  });
});

describe('tree as of a date', () => {
  it('nests units under their parents and sorts each level', () => {
    const rows = [
      { code: '51.TB.TT', parentCode: '51.TB' }, { code: '51', parentCode: null }, { code: '51.TB', parentCode: '51' },
      { code: '51.TB.TN', parentCode: '51.TB' }, { code: 'orphan', parentCode: 'gone' },
    ];
    const tree = buildTree(rows, (a, b) => a.code.localeCompare(b.code));
    expect(tree.map((n) => n.code)).toEqual(['51', 'orphan']);
    expect(tree[0]!.children[0]!.children.map((n) => n.code)).toEqual(['51.TB.TN', '51.TB.TT']);
  });
});
