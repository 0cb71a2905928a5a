import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/connection.js';
import { isAdmin, type Actor, type Scope } from './rules.js';

/** Every unit that was ever below `rootId` (any version of any descendant), root included. */
export function subtreeIdsSql(rootId: number) {
  return sql`with recursive sub(id) as (
    select ${rootId}::int
    union
    select v.unit_id from unit_versions v join sub on v.parent_id = sub.id
  ) select id from sub`;
}

export async function loadScope(db: Db, actor: Actor): Promise<Scope> {
  if (isAdmin(actor) || actor.unitId === null) return isAdmin(actor) ? { all: true } : { all: false, unitIds: new Set() };
  const result = await queryRows<{ id: number }>(db, subtreeIdsSql(actor.unitId));
  return { all: false, unitIds: new Set(result.map((r) => Number(r.id))) };
}
