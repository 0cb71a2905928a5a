/** What the indicator engine reads of the voters' petitions registry: counts, never rows. */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../core/db/connection.js';

/** Petitions of `unitId` received between `start` and `end`, and those of them answered by `end`. */
export async function voterPetitionTotals(db: Db, unitId: number, start: string, end: string) {
  const rows = await queryRows<{ received: number; answered: number }>(db, sql`
    select count(*)::int as received, count(*) filter (where answered_on <= ${end}::date)::int as answered
    from voter_petitions where unit_id = ${unitId} and deleted_at is null and received_on between ${start}::date and ${end}::date`);
  return rows[0]!;
}
