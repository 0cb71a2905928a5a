import { describe, expect, it } from 'vitest';
import { cutoffWindow, periodicPeriod, requestDateIssues } from './period-rules.js';

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

describe('request date checks', () => {
  const good = { requestDate: '2023-05-18', periodStart: '2020-06-04', periodEnd: '2023-05-31', cutoffDate: '2023-05-31', deadline: '2023-06-15' };

  it('accepts the dates of the 1444/UBND-NV request', () => {
    expect(requestDateIssues(good)).toEqual([]);
  });

  it('names each wrong field with a Vietnamese message', () => {
    expect(requestDateIssues({ ...good, deadline: '2023-05-10' }).map((i) => i.code)).toEqual(['DEADLINE_BEFORE_REQUEST', 'DEADLINE_BEFORE_CUTOFF']);
    const cutoff = requestDateIssues({ ...good, cutoffDate: '2020-01-01' });
    expect(cutoff).toEqual([{ field: 'cutoffDate', code: 'CUTOFF_BEFORE_PERIOD', message: 'Ngày chốt số liệu (01/01/2020) trước ngày bắt đầu kỳ báo cáo (04/06/2020).' }]);
    expect(requestDateIssues({ ...good, periodEnd: '2019-12-31' })[0]!.code).toBe('PERIOD_END_BEFORE_START');
  });
});
