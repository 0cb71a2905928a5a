import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../core/db/connection.js';
import { fullNameOf } from '../core/access/people.js';
import type { CalendarDay } from './rules.js';
import { workCalendars } from './tables.js';

export async function editedYears(db: Db, years: readonly number[]) {
  if (!years.length) return [];
  return db.select({ year: workCalendars.year, days: workCalendars.days }).from(workCalendars).where(inArray(workCalendars.year, [...years]));
}

export async function findYear(db: Db, year: number, { lock = false } = {}) {
  const query = db.select({ year: workCalendars.year, days: workCalendars.days, version: workCalendars.version, updatedAt: workCalendars.updatedAt, updatedBy: fullNameOf(sql`${workCalendars.updatedBy}`) })
    .from(workCalendars).where(eq(workCalendars.year, year));
  const rows = lock ? await query.for('update', { of: workCalendars }) : await query;
  return rows[0] ?? null;
}

export async function saveYear(db: Db, year: number, days: CalendarDay[], actorId: number | null, exists: boolean) {
  if (exists) {
    await db.update(workCalendars).set({ days, version: sql`${workCalendars.version} + 1`, updatedBy: actorId, updatedAt: new Date() }).where(eq(workCalendars.year, year));
    return true;
  }
  return (await db.insert(workCalendars).values({ year, days, updatedBy: actorId }).onConflictDoNothing().returning({ year: workCalendars.year })).length > 0;
}
