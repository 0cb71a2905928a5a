/** What the indicator engine reads of the models registry: counts, never rows. */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../core/db/connection.js';

export interface ModelCounts {
  total: number;
  /** Counts by disaggregation: `field:economy`, `owner:women`, `status:replicated`. */
  by: Record<string, number>;
}

/**
 * Models of `unitId` running at some time between `startYear` and `endYear` (activeDuring in rules.ts,
 * in SQL), not deleted, with their counts by field, owner and status.
 */
export async function activeModelCounts(db: Db, unitId: number, startYear: number, endYear: number): Promise<ModelCounts> {
  const rows = await queryRows<{ field: string; owner: string; status: string; n: number }>(db, sql`
    select field, owner, status, count(*)::int as n from mobilization_models
    where unit_id = ${unitId} and deleted_at is null and start_year <= ${endYear} and (stopped_year is null or stopped_year >= ${startYear})
    group by field, owner, status`);
  const by: Record<string, number> = {};
  let total = 0;
  for (const r of rows) {
    const n = Number(r.n);
    total += n;
    for (const key of [`field:${r.field}`, `owner:${r.owner}`, `status:${r.status}`]) by[key] = (by[key] ?? 0) + n;
  }
  return { total, by };
}

/** The unit a model is recorded in, or null when there is no such model (or it was deleted). */
export async function modelUnitOf(db: Db, id: number): Promise<number | null> {
  const rows = await queryRows<{ unit_id: number }>(db, sql`select unit_id from mobilization_models where id = ${id} and deleted_at is null`);
  return rows[0]?.unit_id ?? null;
}
