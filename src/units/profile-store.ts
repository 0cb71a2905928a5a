import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../core/db/connection.js';
import { fullNameOf } from '../core/access/people.js';
import { unitProfiles } from './tables.js';

export type ProfileRow = typeof unitProfiles.$inferSelect;

export async function findProfile(db: Db, unitId: number, year: number) {
  const rows = await db
    .select({ profile: unitProfiles, updatedByName: fullNameOf(sql`${unitProfiles.updatedBy}`) })
    .from(unitProfiles)
    .where(and(eq(unitProfiles.unitId, unitId), eq(unitProfiles.year, year)))
    .limit(1);
  return rows[0] ?? null;
}

export async function profileYears(db: Db, unitId: number): Promise<number[]> {
  const rows = await db.select({ year: unitProfiles.year }).from(unitProfiles).where(eq(unitProfiles.unitId, unitId)).orderBy(unitProfiles.year);
  return rows.map((r) => r.year);
}
