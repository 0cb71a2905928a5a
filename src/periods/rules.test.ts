import { describe, expect, it } from 'vitest';
import { cutoffWindow, isPeriodProblem, parsePeriod, periodicPeriod, periodOfDates, periodWindow, type NamedPeriod } from './rules.js';

const parsed = (spec: string): NamedPeriod => {
  const p = parsePeriod(spec);
  if (isPeriodProblem(p)) throw new Error(p.message);
  return p;
};

describe('reporting periods (Nghị định 09/2019/NĐ-CP, Điều 12)', () => {
  it('quarter I of 2025 (seed 003): data from 15/12/2024 to 14/03/2025', () => {
    const period = periodicPeriod('quarter', 2025, 1);
    expect(period).toEqual({ start: '2025-01-01', end: '2025-03-31' });
    expect(cutoffWindow('quarter', period)).toEqual({ from: '2024-12-15', to: '2025-03-14' });
  });

  it('quarter III: from 15 June to 14 September', () => {
    expect(cutoffWindow('quarter', periodicPeriod('quarter', 2024, 3))).toEqual({ from: '2024-06-15', to: '2024-09-14' });
  });

  it('six months: 15/12 of the year before to 14/6; the second half 15/6 to 14/12', () => {
    expect(cutoffWindow('half_year', periodicPeriod('half_year', 2024, 1))).toEqual({ from: '2023-12-15', to: '2024-06-14' });
    expect(cutoffWindow('half_year', periodicPeriod('half_year', 2024, 2))).toEqual({ from: '2024-06-15', to: '2024-12-14' });
  });

  it('a year: 15/12 of the year before to 14/12', () => {
    expect(periodicPeriod('year', 2023)).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(cutoffWindow('year', periodicPeriod('year', 2023))).toEqual({ from: '2022-12-15', to: '2023-12-14' });
  });

  it('ends a quarter on its real last day (leap February is not involved, June has 30 days)', () => {
    expect(periodicPeriod('quarter', 2024, 2).end).toBe('2024-06-30');
    expect(() => periodicPeriod('quarter', 2024, 5)).toThrow('Quý phải từ 1 đến 4');
  });
});

describe('periods as the API writes them', () => {
  it('reads a year, a quarter, a half, a month and a range, with the wording reports use', () => {
    expect(parsed('2023')).toEqual({ kind: 'year', spec: '2023', label: 'năm 2023', start: '2023-01-01', end: '2023-12-31' });
    expect(parsed('2025q1')).toEqual({ kind: 'quarter', spec: '2025Q1', label: 'quý I năm 2025', start: '2025-01-01', end: '2025-03-31' });
    expect(parsed('2025H1')).toMatchObject({ label: '6 tháng đầu năm 2025', start: '2025-01-01', end: '2025-06-30' });
    expect(parsed('2025H2')).toMatchObject({ label: '6 tháng cuối năm 2025', start: '2025-07-01', end: '2025-12-31' });
    expect(parsed('2024-02')).toMatchObject({ kind: 'month', label: 'tháng 2 năm 2024', start: '2024-02-01', end: '2024-02-29' });
    // Seed 004 reviews 2021-2023.
    expect(parsed('2021..2023')).toMatchObject({ kind: 'years', label: 'giai đoạn 2021 - 2023', start: '2021-01-01', end: '2023-12-31' });
  });

  it('refuses what is not a period, with the reason in Vietnamese', () => {
    for (const [spec, reason] of [
      ['2023Q5', 'không hợp lệ'], ['2023-13', 'Tháng 13 không có'], ['23', 'không hợp lệ'], ['2023..2021', 'năm cuối phải sau năm đầu'],
      ['1900', 'ngoài khoảng'], ['2000..2030', 'dài quá 20 năm'], ['2023 Q1', 'không hợp lệ'],
    ] as const) {
      const p = parsePeriod(spec);
      expect(isPeriodProblem(p) && p.message, spec).toContain(reason);
    }
  });

  it('gives each its data window: a month from the 15th before to the 14th, a range as its years', () => {
    expect(cutoffWindow('month', parsed('2024-05'))).toEqual({ from: '2024-04-15', to: '2024-05-14' });
    expect(periodWindow(parsed('2024-01'))).toEqual({ from: '2023-12-15', to: '2024-01-14' });
    expect(periodWindow(parsed('2021..2023'))).toEqual({ from: '2020-12-15', to: '2023-12-14' });
    expect(periodWindow(parsed('2025Q1'))).toEqual({ from: '2024-12-15', to: '2025-03-14' });
  });

  it('names a request’s dates when they are exactly a period', () => {
    expect(periodOfDates('2025-01-01', '2025-06-30')?.spec).toBe('2025H1');
    expect(periodOfDates('2024-10-01', '2024-12-31')?.spec).toBe('2024Q4');
    expect(periodOfDates('2023-01-01', '2023-12-31')?.spec).toBe('2023');
    expect(periodOfDates('2021-01-01', '2023-12-31')?.spec).toBe('2021..2023');
    expect(periodOfDates('2024-03-01', '2024-03-31')?.spec).toBe('2024-03');
    expect(periodOfDates('2024-03-05', '2024-03-31')).toBeNull();
    expect(periodOfDates('2024-02-01', '2024-04-30')).toBeNull();
    expect(periodicPeriod('year', 2023)).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });
});
