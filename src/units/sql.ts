/**
 * "A unit as it stood on a date", in SQL, for every feature that names a unit: the last version begun by
 * that day (so an ended unit keeps its last name), or, before the unit existed, its first version (a
 * commune formed after a request was sent is named as it was formed). The versions are read under the
 * alias `nv`, so the fragments nest inside queries that use `v`. Other features read units through these
 * fragments and the service, never the tables.
 */
import { sql, type SQL } from 'drizzle-orm';

/** Orders a unit's versions (alias `nv`) so the one that stood on `date` comes first. */
export const versionOrderOn = (date: SQL) =>
  sql`(nv.valid_from <= ${date}) desc, case when nv.valid_from <= ${date} then nv.valid_from end desc nulls last, nv.valid_from asc`;

/** A subquery of the version (name, type_name, parent_id) of `unitId` on `date`; use with `left join lateral … on true`. */
export const unitVersionOn = (unitId: SQL, date: SQL) => sql`(
  select nv.name, nv.type_name, nv.parent_id from unit_versions nv where nv.unit_id = ${unitId}
  order by ${versionOrderOn(date)} limit 1)`;

/** The name of `unitId` on `date`, with its type in front ("Xã Trà Tây") unless `bare`. */
export const unitNameOn = (unitId: SQL, date: SQL, { bare = false } = {}) => sql`(
  select ${bare ? sql`nv.name` : sql`nv.type_name || ' ' || nv.name`} from unit_versions nv where nv.unit_id = ${unitId}
  order by ${versionOrderOn(date)} limit 1)`;

/** The code of `unitId` ("51.TTB"): for a feature that shows which unit a row belongs to. */
export const unitCodeOf = (unitId: SQL) => sql<string>`(select uc.code from units uc where uc.id = ${unitId})`;

/** True while `unitId` stands on `date` (validity is half-open: from valid_from, until before valid_to). */
export const unitStandsOn = (unitId: SQL, date: SQL) =>
  sql`exists (select 1 from units us where us.id = ${unitId} and us.valid_from <= ${date} and (us.valid_to is null or us.valid_to > ${date}))`;
