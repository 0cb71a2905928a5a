import { describe, expect, it } from 'vitest';
import { calendarDaysAfter, calendarProblems, workingDaysAfter, type WorkCalendar } from './rules.js';
import { shippedCalendars } from './shipped.js';

const calendarOf = (...years: number[]): WorkCalendar => ({
  days: new Map(years.flatMap((y) => shippedCalendars[y] ?? []).map((d) => [d.date, d])),
  unknownYears: new Set(years.filter((y) => !shippedCalendars[y])),
});

describe('counting days (Bộ luật Dân sự 2015, Điều 147-148)', () => {
  it('counts working days past Tết 2026 (off 14-22/02)', () => {
    // From Thursday 12/02: Friday 13 is the first; the Tết week is not worked.
    expect(workingDaysAfter(calendarOf(2026), '2026-02-12', 7)).toBe('2026-03-02');
  });

  it('counts a Saturday worked in a swap (10/01/2026 made up for Friday 02/01)', () => {
    expect(workingDaysAfter(calendarOf(2026), '2026-01-09', 1)).toBe('2026-01-10');
    expect(workingDaysAfter(calendarOf(2026), '2025-12-31', 1)).toBe('2026-01-05');
  });

  it('moves a last calendar day that is not worked to the next working day', () => {
    // 20/04/2024 + 10 days = 30/04, a holiday; 01/05 too; Thursday 02/05 is worked.
    expect(calendarDaysAfter(calendarOf(2024), '2024-04-20', 10)).toBe('2024-05-02');
    expect(calendarDaysAfter(calendarOf(2024), '2024-04-01', 10)).toBe('2024-04-11');
  });

  it('knows only weekends in a year it has no calendar for', () => {
    const calendar = calendarOf(2031);
    expect([...calendar.unknownYears]).toEqual([2031]);
    expect(workingDaysAfter(calendar, '2031-01-03', 1)).toBe('2031-01-06');
  });
});

describe('an administrator’s calendar for a year', () => {
  it('accepts every shipped year', () => {
    for (const [year, days] of Object.entries(shippedCalendars)) expect(calendarProblems(Number(year), days), year).toEqual([]);
  });

  it('names each wrong day', () => {
    expect(calendarProblems(2027, [
      { date: '2026-12-31', kind: 'off', name: 'Nhầm năm' },
      { date: '2027-02-06', kind: 'off', name: 'Thứ Bảy' },
      { date: '2027-02-08', kind: 'work', name: 'Thứ Hai' },
      { date: '2027-02-09', kind: 'off', name: 'Tết' },
      { date: '2027-02-09', kind: 'off', name: 'Tết' },
    ]).map((p) => p.message)).toEqual([
      'Ngày 31/12/2026 không thuộc năm 2027.',
      'Ngày 06/02/2027 là thứ Bảy hoặc Chủ nhật, vốn đã nghỉ: ngày nghỉ bù phải ghi vào ngày làm việc được nghỉ.',
      'Ngày 08/02/2027 là ngày thường, vốn đã làm việc: chỉ ghi "làm bù" cho thứ Bảy, Chủ nhật.',
      'Ngày 09/02/2027 được ghi hai lần.',
    ]);
  });
});
