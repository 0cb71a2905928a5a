/**
 * The reach of a unit's accounts, as SQL with the date as a parameter: the one definition every feature
 * uses, in its own queries or through the sets loaded from it.
 *
 * - Kept (write, approve, manage accounts): the tree as it stands on the date. A unit that has ended is
 *   kept by the units it went into (merge, split) and by the unit above it when it ended, so a merged
 *   commune's records stay with its successor and the province. A unit that has ended keeps nothing.
 * - Readable: every unit that was ever below the unit or below one it keeps, so history can be read
 *   through the tree as it was.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../db/connection.js';
import { treeWatchOf } from '../db/tree-watch.js';
import { isAdmin, type Actor, type Scope } from './rules.js';

// Each step looks up the units a kept unit keeps through a correlated (lateral) query, so it uses the
// indexes on parent and on event links instead of scanning every version once per level.
const keptCte = (rootId: number, date: string) => sql`kept(id) as (
    select u.id from units u
    where u.id = ${rootId} and u.valid_from <= ${date}::date and (u.valid_to is null or u.valid_to > ${date}::date)
    union
    select edge.unit_id from kept cross join lateral (
      select v.unit_id from unit_versions v
      where v.parent_id = kept.id and v.valid_from <= ${date}::date and (v.valid_to is null or v.valid_to > ${date}::date)
      union all
      select s.unit_id from unit_event_units t
      join unit_events e on e.id = t.event_id and e.type in ('merge', 'split')
      join unit_event_units s on s.event_id = t.event_id and s.role = 'source'
      join units ended on ended.id = s.unit_id and ended.valid_to <= ${date}::date
      where t.unit_id = kept.id and t.role = 'target'
      union all
      select v.unit_id from unit_versions v
      join units ended on ended.id = v.unit_id and ended.valid_to <= ${date}::date and v.valid_to = ended.valid_to
      where v.parent_id = kept.id
    ) edge
  )`;

// `offset 0` keeps the step a per-unit index lookup: flattened, PostgreSQL merge-joined every version of
// the country for a result of a few units (npm run bench: 16 ms -> 5 ms for a commune manager).
const readableCte = (rootId: number) => sql`readable(id) as (
    select ${rootId}::int
    union
    select id from kept
    union
    select child.unit_id from readable r cross join lateral (select v.unit_id from unit_versions v where v.parent_id = r.id offset 0) child
  )`;

/** Ids of the units `rootId`'s accounts may read on `date`. */
export const readableUnitsSql = (rootId: number, date: string): SQL =>
  sql`with recursive ${keptCte(rootId, date)}, ${readableCte(rootId)} select id from readable`;

/**
 * `column` restricted to the scope, for a query's where clause. The ids are the ones the scope's SQL gave
 * (in this transaction, or kept for the same tree generation): re-walking the tree inside every list query
 * cost more than the list itself (bench/http.ts).
 */
export function unitInScope(scope: Scope, column: SQL, mode: 'read' | 'write'): SQL {
  if (scope.all) return sql`true`;
  if (scope.rootId === null) return sql`false`;
  return sql`${column} = any(${idArray(mode === 'read' ? scope.readable : scope.writable)}::int[])`;
}

/** A set of ids as one array parameter (a Postgres array literal both drivers pass as text). */
export const idArray = (ids: Iterable<number>): string => `{${[...ids].join(',')}}`;

/** Scopes computed, by database, unit and day, valid while the unit tree's generation stays the same. */
const scopes = new Map<string, { generation: string; scope: Scope }>();
const maxScopes = 5_000;

/** The tree's generation: known to the database's watch (tree-watch.ts) outside a transaction, else read. */
async function treeGeneration(db: Db): Promise<{ instance: string; generation: string }> {
  const watch = treeWatchOf(db);
  const now = watch?.current();
  if (now?.known) return now.known;
  const [row] = await queryRows<{ instance: string; generation: string }>(db, sql`select instance::text as instance, generation::text as generation from unit_tree_state where id = 1`);
  if (now) watch!.learn(row!, now.epoch);
  return row!;
}

/**
 * The scope of `actor` on `date`. Computing it walks the tree (a province's takes 10-20 ms); the tree
 * changes rarely, and every change to it takes a new generation in the database (a trigger, so no path
 * can forget it), so a scope computed once serves until the tree changes or the day does.
 */
export async function loadScope(db: Db, actor: Actor, date: string): Promise<Scope> {
  if (isAdmin(actor)) return { all: true };
  if (actor.unitId === null) return { all: false, rootId: null, date, readable: new Set(), writable: new Set() };
  const { instance, generation } = await treeGeneration(db);
  const key = `${instance}/${actor.unitId}/${date}`;
  const kept = scopes.get(key);
  if (kept?.generation === generation) return kept.scope;
  const scope = await computeScope(db, actor.unitId, date);
  if (scopes.size >= maxScopes) scopes.delete(scopes.keys().next().value!);
  scopes.set(key, { generation, scope });
  return scope;
}

/** The scope walked from the tree, uncached. */
export async function computeScope(db: Db, rootId: number, date: string): Promise<Scope> {
  const rows = await queryRows<{ id: number; kept: boolean }>(db, sql`
    with recursive ${keptCte(rootId, date)}, ${readableCte(rootId)}
    select id, true as kept from kept union all select id, false from readable`);
  return {
    all: false,
    rootId,
    date,
    readable: new Set(rows.map((r) => Number(r.id))),
    writable: new Set(rows.filter((r) => r.kept).map((r) => Number(r.id))),
  };
}

/**
 * Whether `unitId` is the unit `rootId` itself, or one that went into it by a merge or split (its own
 * history, not a unit below it) on `date`: what "the unit's own staff" covers where the law keeps the level
 * above out.
 */
export async function isOwnUnit(db: Db, rootId: number, unitId: number, date: string): Promise<boolean> {
  // A unit that has ended keeps nothing: its own history is its successor's now.
  const rows = await queryRows<{ found: boolean }>(db, sql`
    with recursive own(id) as (
      select u.id from units u where u.id = ${rootId} and u.valid_from <= ${date}::date and (u.valid_to is null or u.valid_to > ${date}::date)
      union
      select s.unit_id from own
      join unit_event_units t on t.unit_id = own.id and t.role = 'target'
      join unit_events e on e.id = t.event_id and e.type in ('merge', 'split')
      join unit_event_units s on s.event_id = t.event_id and s.role = 'source'
    )
    select exists (select 1 from own where id = ${unitId}) as found`);
  return rows[0]?.found === true;
}

/** The units standing on `date` that `unitId` is, or went into by merges and splits: whose staff are its own. */
export async function ownersOf(db: Db, unitId: number, date: string): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(db, sql`
    with recursive line(id) as (
      select ${unitId}::int
      union
      select t.unit_id from line
      join unit_event_units s on s.unit_id = line.id and s.role = 'source'
      join unit_events e on e.id = s.event_id and e.type in ('merge', 'split')
      join unit_event_units t on t.event_id = s.event_id and t.role = 'target'
    )
    select u.id from line join units u on u.id = line.id
    where u.valid_from <= ${date}::date and (u.valid_to is null or u.valid_to > ${date}::date)`);
  return rows.map((r) => Number(r.id));
}
