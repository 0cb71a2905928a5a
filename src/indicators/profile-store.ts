/**
 * The profile data set as stored: its header (notes, source, version) in unit_profiles and its figures as
 * indicator values of the year, one row per figure given (a blank figure has no row).
 */
import { and, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../core/db/connection.js';
import { fullNameOf } from '../core/access/people.js';
import { indicatorValues, unitProfiles } from './tables.js';

export type ProfileHeader = typeof unitProfiles.$inferSelect;

const headerKey = (unitId: number, year: number) => and(eq(unitProfiles.unitId, unitId), eq(unitProfiles.year, year));
const yearOf = (year: number) => ({ start: `${year}-01-01`, end: `${year}-12-31` });
const valuesKey = (unitId: number, year: number) => and(
  eq(indicatorValues.unitId, unitId), eq(indicatorValues.periodStart, yearOf(year).start), eq(indicatorValues.periodEnd, yearOf(year).end),
  eq(indicatorValues.disaggregation, ''), like(indicatorValues.indicatorCode, 'profile.%'),
);

export async function findProfile(db: Db, unitId: number, year: number) {
  const rows = await db.select({ profile: unitProfiles, updatedByName: fullNameOf(sql`${unitProfiles.updatedBy}`) })
    .from(unitProfiles).where(headerKey(unitId, year)).limit(1);
  return rows[0] ?? null;
}

export async function lockProfile(db: Db, unitId: number, year: number): Promise<ProfileHeader | null> {
  return (await db.select().from(unitProfiles).where(headerKey(unitId, year)).for('update').limit(1))[0] ?? null;
}

/** The year's figures by indicator code. */
export async function profileValues(db: Db, unitId: number, year: number): Promise<Map<string, number>> {
  const rows = await db.select({ code: indicatorValues.indicatorCode, value: indicatorValues.value }).from(indicatorValues).where(valuesKey(unitId, year));
  return new Map(rows.map((r) => [r.code, Number(r.value)]));
}

/** Inserts the header of a new year; null when someone else created it first. */
export async function insertHeader(db: Db, row: typeof unitProfiles.$inferInsert) {
  return (await db.insert(unitProfiles).values(row).onConflictDoNothing().returning({ version: unitProfiles.version }))[0] ?? null;
}

export async function updateHeader(db: Db, unitId: number, year: number, row: Pick<ProfileHeader, 'notes' | 'source' | 'updatedBy' | 'updatedAt'>) {
  await db.update(unitProfiles).set({ ...row, version: sql`${unitProfiles.version} + 1` }).where(headerKey(unitId, year));
}

/**
 * Writes the year's figures: a figure left blank loses its value; one that changed is replaced (its
 * version and who entered it move on); one unchanged keeps who entered it and when.
 */
export async function writeProfileValues(db: Db, unitId: number, year: number, figures: ReadonlyMap<string, number | null>, actorId: number | null) {
  const { start, end } = yearOf(year);
  for (const [code, value] of figures) {
    if (value === null) {
      await db.delete(indicatorValues).where(and(valuesKey(unitId, year), eq(indicatorValues.indicatorCode, code)));
      continue;
    }
    await db.insert(indicatorValues)
      .values({ indicatorCode: code, unitId, periodKind: 'year', periodStart: start, periodEnd: end, value, source: 'entered', enteredBy: actorId })
      .onConflictDoUpdate({
        target: [indicatorValues.indicatorCode, indicatorValues.unitId, indicatorValues.periodStart, indicatorValues.periodEnd, indicatorValues.disaggregation],
        set: { value, source: 'entered', version: sql`${indicatorValues.version} + 1`, enteredBy: actorId, enteredAt: new Date() },
        setWhere: sql`"indicator_values"."value" is distinct from ${value}`,
      });
  }
}

export async function profileYears(db: Db, unitId: number): Promise<number[]> {
  const rows = await db.select({ year: unitProfiles.year }).from(unitProfiles).where(eq(unitProfiles.unitId, unitId)).orderBy(unitProfiles.year);
  return rows.map((r) => r.year);
}
