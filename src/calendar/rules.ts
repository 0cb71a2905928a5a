/**
 * Working days and counted periods, pure. A day is worked Monday to Friday unless the year's calendar marks
 * it off (a public holiday, a day off in lieu, a swapped day), and a Saturday or Sunday is worked when the
 * calendar marks it worked (the day made up for a swap).
 *
 * Counting (Bộ luật Dân sự 2015, Điều 147-148): a period counted from an event starts the day after it;
 * when its last day falls on a day not worked, it ends on the next working day.
 */
import { addDays, formatDate } from '../core/vi-format.js';

export interface CalendarDay {
  date: string;
  kind: 'off' | 'work';
  name: string;
}

export interface WorkCalendar {
  /** Days that break the weekday rule, by ISO date. */
  days: ReadonlyMap<string, CalendarDay>;
  /** Years with no calendar (neither shipped nor entered): Tết is not known there. */
  unknownYears: ReadonlySet<number>;
}

export const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

export function isWorkingDay(calendar: WorkCalendar, day: string): boolean {
  const marked = calendar.days.get(day);
  if (marked) return marked.kind === 'work';
  return !isWeekend(day);
}

export function nextWorkingDay(calendar: WorkCalendar, day: string): string {
  let d = day;
  while (!isWorkingDay(calendar, d)) d = addDays(d, 1);
  return d;
}

/** The last day of `n` calendar days counted from `from` (the day after it is day 1). */
export const calendarDaysAfter = (calendar: WorkCalendar, from: string, n: number) => nextWorkingDay(calendar, addDays(from, n));

/** The `n`th working day after `from`. */
export function workingDaysAfter(calendar: WorkCalendar, from: string, n: number): string {
  let d = from;
  for (let counted = 0; counted < n;) {
    d = addDays(d, 1);
    if (isWorkingDay(calendar, d)) counted++;
  }
  return d;
}

/** Years a count from `from` to `to` crosses: the calendars it needs. */
export function yearsBetween(from: string, to: string): number[] {
  const years: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(y);
  return years;
}

export type CalendarProblem = { field: string; message: string };

/** What an administrator's calendar for a year must be: days of that year, once each, each breaking the weekday rule. */
export function calendarProblems(year: number, days: readonly CalendarDay[]): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  const seen = new Set<string>();
  days.forEach((day, i) => {
    const field = `days.${i}.date`;
    if (Number(day.date.slice(0, 4)) !== year) problems.push({ field, message: `Ngày ${formatDate(day.date)} không thuộc năm ${year}.` });
    else if (seen.has(day.date)) problems.push({ field, message: `Ngày ${formatDate(day.date)} được ghi hai lần.` });
    else if (day.kind === 'off' && isWeekend(day.date)) problems.push({ field, message: `Ngày ${formatDate(day.date)} là thứ Bảy hoặc Chủ nhật, vốn đã nghỉ: ngày nghỉ bù phải ghi vào ngày làm việc được nghỉ.` });
    else if (day.kind === 'work' && !isWeekend(day.date)) problems.push({ field, message: `Ngày ${formatDate(day.date)} là ngày thường, vốn đã làm việc: chỉ ghi "làm bù" cho thứ Bảy, Chủ nhật.` });
    seen.add(day.date);
  });
  return problems;
}

