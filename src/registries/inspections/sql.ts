/** What the indicator engine reads of the inspection registry: counts, never rows. */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../core/db/connection.js';

/** Inspections of `unitId` held between `start` and `end`, by kind and by inspector. */
export async function inspectionTotals(db: Db, unitId: number, start: string, end: string) {
  return queryRows<{ kind: string; inspector: string; sessions: number }>(db, sql`
    select kind, inspector, count(*)::int as sessions
    from inspections where unit_id = ${unitId} and deleted_at is null and held_on between ${start}::date and ${end}::date
    group by kind, inspector`);
}
