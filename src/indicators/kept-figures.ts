/**
 * A unit's figures for a period, computed once and kept while the unit's figures generation stays the same.
 * Every change to a table the engine counts from takes a new generation for the units it touched (triggers,
 * migration 0026), so no write path can forget to invalidate; a report read again and again costs one
 * lookup instead of a dozen registry counts per period it shows (bench/http.ts).
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/connection.js';
import type { NamedPeriod } from '../periods/rules.js';
import { computeFigures, type Figure } from './engine.js';

const kept = new Map<string, { generation: string; figures: Promise<Readonly<Record<string, Figure>>> }>();
const maxKept = 20_000;

async function generationOf(db: Db, unitId: number): Promise<{ instance: string; generation: string }> {
  // The tree state's instance tells databases apart (tests open many in one process); a unit whose counted
  // tables never changed has no row yet.
  const [row] = await queryRows<{ instance: string; generation: string }>(db, sql`
    select (select instance::text from unit_tree_state where id = 1) as instance,
      coalesce((select generation::text from unit_figures_state where unit_id = ${unitId}), '0') as generation`);
  return row!;
}

/**
 * The figures of `unitId` for each of `periods`, as computeFigures gives them, with the generation read
 * once for all of them (a report shows up to four periods). Read-only: the same object serves every reader
 * until the registries change. A computation inside a transaction that later rolls back is kept under a
 * generation no committed state ever has, so it is never served again.
 */
export async function keptFigures(db: Db, unitId: number, periods: readonly NamedPeriod[]): Promise<Readonly<Record<string, Figure>>[]> {
  if (periods.length === 0) return [];
  const { instance, generation } = await generationOf(db, unitId);
  // One after the other: inside a transaction on PGlite the computations share its one connection anyway.
  const out: Readonly<Record<string, Figure>>[] = [];
  for (const period of periods) out.push(await keptFor(db, `${instance}/${unitId}/${period.start}/${period.end}`, generation, unitId, period));
  return out;
}

function keptFor(db: Db, key: string, generation: string, unitId: number, period: NamedPeriod): Promise<Readonly<Record<string, Figure>>> {
  const found = kept.get(key);
  if (found?.generation === generation) return found.figures;
  const figures = computeFigures(db, unitId, period).then((f) => Object.freeze(f));
  if (kept.size >= maxKept) kept.delete(kept.keys().next().value!);
  kept.set(key, { generation, figures });
  figures.catch(() => { if (kept.get(key)?.figures === figures) kept.delete(key); });
  return figures;
}
