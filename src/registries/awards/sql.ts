/** What the indicator engine reads of the awards registry: sums, never rows. */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../core/db/connection.js';

/** Decisions of `unitId` taken between `start` and `end`, and whom they commend. */
export async function awardTotals(db: Db, unitId: number, start: string, end: string) {
  const rows = await queryRows<{ decisions: number; individuals: number; collectives: number; households: number }>(db, sql`
    select count(distinct document_id)::int as decisions, coalesce(sum(individuals), 0)::int as individuals,
      coalesce(sum(collectives), 0)::int as collectives, coalesce(sum(households), 0)::int as households
    from awards where unit_id = ${unitId} and deleted_at is null and decided_on between ${start}::date and ${end}::date`);
  return rows[0]!;
}
