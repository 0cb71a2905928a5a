import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/connection.js';
import { unitNameOn } from './sql.js';
import type { UnitEventOut, UnitHistory } from './schema.js';

/** A unit's bare name on a date (units/sql.ts), from raw column expressions. */
const nameOn = (unit: string, date: string) => unitNameOn(sql.raw(unit), sql.raw(date), { bare: true });

export async function versionsOf(db: Db, unitId: number): Promise<UnitHistory['versions']> {
  const result = await queryRows<{ name: string; type_name: string; parent_code: string | null; parent_name: string | null; valid_from: string; valid_to: string | null }>(db, sql`
    select v.name, v.type_name, p.code as parent_code, ${nameOn('v.parent_id', 'v.valid_from')} as parent_name,
           v.valid_from::text as valid_from, v.valid_to::text as valid_to
    from unit_versions v left join units p on p.id = v.parent_id
    where v.unit_id = ${unitId} order by v.valid_from`);
  return result.map((r) => ({
    name: r.name, typeName: r.type_name, parentCode: r.parent_code, parentName: r.parent_name, validFrom: r.valid_from, validTo: r.valid_to,
  }));
}

export async function eventsOf(db: Db, unitId: number): Promise<UnitEventOut[]> {
  const result = await queryRows<{ id: number; type: UnitEventOut['type']; effective_date: string; legal_basis: string; note: string | null; code: string; name: string; role: 'subject' | 'source' | 'target' }>(db, sql`
    select e.id, e.type, e.effective_date::text as effective_date, e.legal_basis, e.note, u.code,
           ${nameOn('l.unit_id', 'e.effective_date')} as name, l.role
    from unit_events e
    join unit_event_units l on l.event_id = e.id
    join units u on u.id = l.unit_id
    where e.id in (select event_id from unit_event_units where unit_id = ${unitId})
    order by e.effective_date, e.id, l.role, u.code`);
  const events = new Map<number, UnitEventOut>();
  for (const r of result) {
    const id = Number(r.id);
    let event = events.get(id);
    if (!event) {
      event = { id, type: r.type, effectiveDate: r.effective_date, legalBasis: r.legal_basis, note: r.note, units: [] };
      events.set(id, event);
    }
    event.units.push({ code: r.code, name: r.name, role: r.role });
  }
  return [...events.values()];
}

/** Units on the other side of a merge or split: sources when `unitId` was a target, and vice versa. */
export async function linkedUnits(db: Db, unitId: number, direction: 'predecessors' | 'successors'): Promise<UnitHistory['predecessors']> {
  const [mine, theirs] = direction === 'predecessors' ? ['target', 'source'] : ['source', 'target'];
  const result = await queryRows<{ code: string; name: string; date: string; via: 'merge' | 'split' }>(db, sql`
    select distinct u.code, ${nameOn('o.unit_id', 'e.effective_date')} as name, e.effective_date::text as date, e.type as via
    from unit_event_units m
    join unit_events e on e.id = m.event_id and e.type in ('merge', 'split')
    join unit_event_units o on o.event_id = e.id and o.role = ${theirs} and o.unit_id <> ${unitId}
    join units u on u.id = o.unit_id
    where m.unit_id = ${unitId} and m.role = ${mine}
    order by date, u.code`);
  return result.map((r) => ({ code: r.code, name: r.name, date: r.date, via: r.via }));
}

/**
 * Historical units whose figures roll into `unitId`: its predecessors through merges and splits,
 * transitively. Through a split only part of the source went this way, so its share is partial.
 */
export async function rollupSourcesOf(db: Db, unitId: number): Promise<UnitHistory['rollupSources']> {
  const result = await queryRows<{ code: string; name: string; partial: boolean; valid_to: string | null }>(db, sql`
    with recursive pred(id, partial, depth) as (
      select ${unitId}::int, false, 0
      union
      select s.unit_id, (pred.partial or e.type = 'split'), pred.depth + 1
      from pred
      join unit_event_units t on t.unit_id = pred.id and t.role = 'target'
      join unit_events e on e.id = t.event_id and e.type in ('merge', 'split')
      join unit_event_units s on s.event_id = e.id and s.role = 'source' and s.unit_id <> pred.id
      where pred.depth < 50
    )
    select u.code, ${nameOn('u.id', "coalesce(u.valid_to - 1, current_date)")} as name, bool_or(pred.partial) as partial, u.valid_to::text as valid_to
    from pred join units u on u.id = pred.id
    where pred.id <> ${unitId}
    group by u.id, u.code, u.valid_to
    order by u.code`);
  return result.map((r) => ({ code: r.code, name: r.name, share: r.partial ? 'partial' : 'whole', validTo: r.valid_to }));
}
