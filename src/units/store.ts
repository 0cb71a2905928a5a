import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/connection.js';
import { unitEvents, unitEventUnits, units, unitVersions } from './tables.js';
import type { UnitLevel, UnitState } from './rules.js';
import { unitVersionOn, versionOrderOn } from './sql.js';
import { alias } from 'drizzle-orm/pg-core';
import type { UnitSummary } from './schema.js';

export type UnitRow = typeof units.$inferSelect;

/**
 * Versions valid on a date, with the unit and its parent's code: the tree as of that date.
 * `onlyIds` (a SQL list of unit ids) keeps the scope inside the query.
 */
export async function listUnitsOn(db: Db, date: string, onlyIds?: SQL): Promise<(Omit<UnitSummary, 'inScope'> & { id: number })[]> {
  const result = await queryRows<{
    id: number; code: string; name: string; kind: UnitLevel; type_name: string; parent_code: string | null;
    valid_from: string; valid_to: string | null; illustrative: boolean;
  }>(db, sql`
    select u.id, u.code, v.name, u.level as kind, v.type_name, p.code as parent_code,
           u.valid_from::text as valid_from, u.valid_to::text as valid_to, u.illustrative
    from unit_versions v
    join units u on u.id = v.unit_id
    left join units p on p.id = v.parent_id
    where v.valid_from <= ${date}::date and (v.valid_to is null or v.valid_to > ${date}::date)
      ${onlyIds ? sql`and u.id in (${onlyIds})` : sql``}
    order by u.code`);
  return result.map((r) => ({
    id: Number(r.id), code: r.code, name: r.name, kind: r.kind, typeName: r.type_name, parentCode: r.parent_code,
    validFrom: r.valid_from, validTo: r.valid_to, illustrative: r.illustrative,
  }));
}

export async function findUnit(db: Db, code: string): Promise<UnitRow | null> {
  const rows = await db.select().from(units).where(eq(units.code, code)).limit(1);
  return rows[0] ?? null;
}

export async function findUnitById(db: Db, id: number): Promise<UnitRow | null> {
  const rows = await db.select().from(units).where(eq(units.id, id)).limit(1);
  return rows[0] ?? null;
}

export type VersionRow = typeof unitVersions.$inferSelect;

/** The version that stood on the date (units/sql.ts): the last one for a unit that has ended, the first before it began. */
export async function versionOn(db: Db, unitId: number, date: string): Promise<VersionRow | null> {
  const nv = alias(unitVersions, 'nv');
  const [row] = await db.select().from(nv).where(eq(nv.unitId, unitId)).orderBy(versionOrderOn(sql`${date}::date`)).limit(1);
  return row ?? null;
}

export type UnitStateRow = UnitState & { id: number; parentId: number | null; typeName: string };

/**
 * The unit's state on `date` with its version, in one query (a report read asks it each time). Its last change
 * is the last date its history records, an end included: versions are only appended after it.
 */
export async function stateById(db: Db, unitId: number, date: string): Promise<UnitStateRow | null> {
  const [row] = await queryRows<{ id: number; code: string; level: UnitLevel; valid_from: string; valid_to: string | null; name: string | null; type_name: string | null; parent_id: number | null; last_change: string | null }>(db, sql`
    select u.id, u.code, u.level, u.valid_from::text as valid_from, u.valid_to::text as valid_to, v.name, v.type_name, v.parent_id,
      (select greatest(max(lv.valid_from), max(lv.valid_to))::text from unit_versions lv where lv.unit_id = u.id) as last_change
    from units u left join lateral ${unitVersionOn(sql`u.id`, sql`${date}::date`)} v on true
    where u.id = ${unitId}`);
  if (!row) return null;
  return {
    id: Number(row.id), code: row.code, name: row.name ?? row.code, typeName: row.type_name ?? '', level: row.level,
    validFrom: row.valid_from, validTo: row.valid_to, lastChange: row.last_change ?? row.valid_from,
    parentId: row.parent_id === null ? null : Number(row.parent_id),
  };
}

export async function stateOf(db: Db, unit: UnitRow, date: string): Promise<UnitStateRow> {
  return (await stateById(db, unit.id, date))!;
}

export async function childrenOn(db: Db, unitId: number, date: string): Promise<UnitRow[]> {
  const rows = await db.select({ unit: units }).from(unitVersions)
    .innerJoin(units, eq(units.id, unitVersions.unitId))
    .where(and(
      eq(unitVersions.parentId, unitId),
      sql`${unitVersions.validFrom} <= ${date}::date and (${unitVersions.validTo} is null or ${unitVersions.validTo} > ${date}::date)`,
    ))
    .orderBy(asc(units.code));
  return rows.map((r) => r.unit);
}

/** Codes of every unit below `unitId` in the tree as it stands on `date`. */
export async function descendantCodesOn(db: Db, unitId: number, date: string, { excludeVillages = false } = {}): Promise<Set<string>> {
  const result = await queryRows<{ code: string }>(db, sql`
    with recursive d(id) as (
      select v.unit_id from unit_versions v
      where v.parent_id = ${unitId} and v.valid_from <= ${date}::date and (v.valid_to is null or v.valid_to > ${date}::date)
      union
      select v.unit_id from unit_versions v join d on v.parent_id = d.id
      where v.valid_from <= ${date}::date and (v.valid_to is null or v.valid_to > ${date}::date)
    ) select u.code from d join units u on u.id = d.id ${excludeVillages ? sql`where u.level <> 'village'` : sql``}`);
  return new Set(result.map((r) => r.code));
}

/** Ancestors of a unit on a date, nearest first. */
/** The ids above `unitId` on `date`, as a subquery of (id, depth): depth 1 is its parent. */
export const ancestorsSql = (unitId: number, date: string) => sql`
    with recursive a(id, depth) as (
      select v.parent_id, 1 from unit_versions v
      where v.unit_id = ${unitId} and v.parent_id is not null and v.valid_from <= ${date}::date and (v.valid_to is null or v.valid_to > ${date}::date)
      union
      select v.parent_id, a.depth + 1 from unit_versions v join a on v.unit_id = a.id
      where v.parent_id is not null and v.valid_from <= ${date}::date and (v.valid_to is null or v.valid_to > ${date}::date)
        and a.depth < 10
    ) select id, depth from a`;

export async function insertEvent(db: Db, e: { type: string; effectiveDate: string; legalBasis: string; note?: string | undefined; createdBy: number | null }) {
  const [row] = await db.insert(unitEvents).values({ ...e, note: e.note ?? null }).returning();
  return row!;
}

export async function linkEvent(db: Db, eventId: number, unitId: number, role: 'subject' | 'source' | 'target') {
  await db.insert(unitEventUnits).values({ eventId, unitId, role }).onConflictDoNothing();
}

export async function insertUnit(db: Db, u: { code: string; level: UnitLevel; validFrom: string; illustrative?: boolean }) {
  const [row] = await db.insert(units).values({ ...u, illustrative: u.illustrative ?? false }).returning();
  return row!;
}

/** Closes the open version on `date` and opens a new one from `date` with the given attributes. */
export async function appendVersion(
  db: Db,
  unitId: number,
  attrs: { name: string; typeName: string; parentId: number | null },
  date: string,
  eventId: number,
) {
  await db.update(unitVersions).set({ validTo: date }).where(and(eq(unitVersions.unitId, unitId), isNull(unitVersions.validTo)));
  await db.insert(unitVersions).values({ unitId, ...attrs, validFrom: date, validTo: null, eventId });
}

export async function endUnit(db: Db, unitId: number, date: string) {
  await db.update(unitVersions).set({ validTo: date }).where(and(eq(unitVersions.unitId, unitId), isNull(unitVersions.validTo)));
  await db.update(units).set({ validTo: date }).where(eq(units.id, unitId));
}

/** Serialises structural changes: two merges racing on the same units would both pass their checks. */
export async function lockHierarchy(db: Db) {
  await db.execute(sql`select pg_advisory_xact_lock(7270002)`);
}
