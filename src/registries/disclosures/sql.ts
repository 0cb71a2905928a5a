/** What the indicator engine reads of the disclosure registry: counts, never rows. */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../core/db/connection.js';

/** Disclosures of `unitId` begun between `start` and `end`, by group and form, and how many were published late. */
export async function disclosureTotals(db: Db, unitId: number, start: string, end: string) {
  return queryRows<{ group: string; form: string; sessions: number; late: number }>(db, sql`
    select "group", form, count(*)::int as sessions, count(*) filter (where published_on > publish_due_on)::int as late
    from disclosures where unit_id = ${unitId} and deleted_at is null and published_on between ${start}::date and ${end}::date
    group by "group", form`);
}
