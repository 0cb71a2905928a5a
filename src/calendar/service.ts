/** The working calendar: the shipped years, an administrator's corrections, and the calendar a count needs. */
import type { Context } from '../core/context.js';
import type { Db } from '../core/db/connection.js';
import { recordAudit } from '../core/audit/writer.js';
import { conflict, forbidden, invalid } from '../core/errors.js';
import { isAdmin } from '../core/access/rules.js';
import { calendarProblems, type CalendarDay, type WorkCalendar } from './rules.js';
import type { CalendarInput, CalendarOut } from './schema.js';
import { shippedCalendars } from './shipped.js';
import * as store from './store.js';

/** The calendar of the given years: edited years first, then shipped ones; the rest unknown. */
export async function loadCalendar(db: Db, years: readonly number[]): Promise<WorkCalendar> {
  const edited = new Map((await store.editedYears(db, years)).map((row) => [row.year, row.days]));
  const days = new Map<string, CalendarDay>();
  const unknownYears = new Set<number>();
  for (const year of years) {
    const list = edited.get(year) ?? shippedCalendars[year];
    if (!list) unknownYears.add(year);
    for (const day of list ?? []) days.set(day.date, day);
  }
  return { days, unknownYears };
}

export async function getCalendarYear(ctx: Context, year: number): Promise<CalendarOut> {
  const row = await store.findYear(ctx.db, year);
  if (row) return { year, source: 'edited', days: sorted(row.days), version: row.version, updatedBy: row.updatedBy, updatedAt: row.updatedAt.toISOString() };
  const shipped = shippedCalendars[year];
  return { year, source: shipped ? 'shipped' : 'none', days: sorted(shipped ?? []), version: null, updatedBy: null, updatedAt: null };
}

const sorted = (days: readonly CalendarDay[]) => [...days].sort((a, b) => a.date.localeCompare(b.date));

/**
 * Replaces a year's calendar (administrators only). `afterChange` runs in the same transaction, so what
 * depends on working days (petition deadlines) is recomputed with the calendar or not at all.
 */
export async function saveCalendarYear(ctx: Context, year: number, input: CalendarInput, afterChange: (ctx: Context, year: number) => Promise<void>): Promise<CalendarOut> {
  if (!isAdmin(ctx.actor)) throw forbidden('Chỉ quản trị hệ thống được sửa lịch ngày nghỉ, ngày làm việc.');
  const problems = calendarProblems(year, input.days);
  if (problems.length) throw invalid('CALENDAR_INVALID', problems.map((p) => p.message).join(' '), problems);
  return ctx.transaction(async (tx) => {
    const before = await store.findYear(tx.db, year, { lock: true });
    if ((before?.version ?? null) !== input.version) {
      throw conflict('CALENDAR_VERSION_CONFLICT', before
        ? `Lịch năm ${year} vừa được ${before.updatedBy ?? 'người khác'} lưu thành phiên bản ${before.version} trong khi bạn sửa ${input.version === null ? 'lịch gốc' : `phiên bản ${input.version}`}. Hãy tải lại rồi sửa tiếp.`
        : `Lịch năm ${year} chưa được sửa lần nào: gửi version null để sửa lịch gốc.`, { currentVersion: before?.version ?? null });
    }
    if (!await store.saveYear(tx.db, year, sorted(input.days), tx.actor.id, before !== null)) {
      throw conflict('CALENDAR_VERSION_CONFLICT', `Lịch năm ${year} vừa được người khác lưu trong khi bạn sửa. Hãy tải lại rồi sửa tiếp.`, { currentVersion: 1 });
    }
    await recordAudit(tx.db, tx, {
      unitId: null, entity: 'work_calendar', entityId: String(year), action: 'calendar.update',
      before: { days: before?.days ?? shippedCalendars[year] ?? [] }, after: { days: input.days },
    });
    await afterChange(tx, year);
    return getCalendarYear(tx, year);
  });
}
