import { describe, expect, it } from 'vitest';
import { validationRules } from './catalogue.js';
import { checkRules, combineEntries, formatValue, ratePercent, type EnteredValue } from './rules.js';

const entry = (spec: string, periodKind: string, periodStart: string, periodEnd: string, value: number): EnteredValue => ({ spec, periodKind, periodStart, periodEnd, value });
const year2023 = { start: '2023-01-01', end: '2023-12-31' };

describe('combining entered values over a period', () => {
  it('takes the entry for the period itself over its parts', () => {
    const entries = [entry('2023', 'year', '2023-01-01', '2023-12-31', 22), entry('2023Q1', 'quarter', '2023-01-01', '2023-03-31', 5)];
    expect(combineEntries(entries, year2023, 12, 'sum')).toEqual({ value: 22, parts: ['2023'], complete: true });
  });

  it('sums one kind only, the coarsest, so a month entered beside its quarter is not counted twice', () => {
    const entries = [
      entry('2023Q1', 'quarter', '2023-01-01', '2023-03-31', 5), entry('2023Q2', 'quarter', '2023-04-01', '2023-06-30', 7),
      entry('2023-01', 'month', '2023-01-01', '2023-01-31', 2),
    ];
    expect(combineEntries(entries, year2023, 12, 'sum')).toEqual({ value: 12, parts: ['2023Q1', '2023Q2'], complete: false });
    expect(combineEntries(entries, { start: '2023-01-01', end: '2023-06-30' }, 6, 'sum')).toEqual({ value: 12, parts: ['2023Q1', '2023Q2'], complete: true });
  });

  it('does not add up what does not sum over time, and has nothing to say with no entry', () => {
    const entries = [entry('2023Q1', 'quarter', '2023-01-01', '2023-03-31', 5)];
    expect(combineEntries(entries, year2023, 12, 'none')).toBeNull();
    expect(combineEntries([], year2023, 12, 'sum')).toBeNull();
  });

  it('keeps a stock at its latest value: 2023’s households answer for 2021..2023 and for a quarter of 2023, 2019’s for nothing later', () => {
    const households = [entry('2021', 'year', '2021-01-01', '2021-12-31', 700), entry('2023', 'year', '2023-01-01', '2023-12-31', 729), entry('2019', 'year', '2019-01-01', '2019-12-31', 650)];
    expect(combineEntries(households, { start: '2021-01-01', end: '2023-12-31' }, 36, 'last')).toEqual({ value: 729, parts: ['2023'], complete: true });
    expect(combineEntries(households, { start: '2023-04-01', end: '2023-06-30' }, 3, 'last')).toEqual({ value: 729, parts: ['2023'], complete: true });
    expect(combineEntries(households, { start: '2022-01-01', end: '2022-12-31' }, 12, 'last')).toBeNull();
  });
});

describe('rates and rules', () => {
  it('recomputes a rate from its parts; nothing over nothing is no rate (seed 004: 20 / 21 = 95,2%)', () => {
    expect(formatValue({ valueType: 'percent', decimals: 1 }, ratePercent(20, 21))).toBe('95,2%');
    expect(ratePercent(0, 0)).toBeNull();
    expect(ratePercent(null, 4)).toBeNull();
    expect(formatValue({ valueType: 'count', decimals: 0 }, 16021)).toBe('16.021');
  });

  it('names a broken rule with both values, and does not judge a rule with a side missing', () => {
    const values = new Map<string, number | null>([['procedure.online', 30], ['procedure.dossiers', 20], ['procedure.on_time', null]]);
    expect(checkRules(validationRules, values)).toEqual([{
      rule: 'procedure.online_within_dossiers', severity: 'error', indicators: ['procedure.online', 'procedure.dossiers'],
      message: 'Số hồ sơ trực tuyến không được lớn hơn tổng số hồ sơ tiếp nhận. (30 so với 20)',
    }]);
  });
});
