/** What the indicator engine reads of the outreach registry: counts and sums, never rows. */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../core/db/connection.js';

/** Sessions of `unitId` held between `start` and `end`, by form, with their participants. */
export async function outreachTotals(db: Db, unitId: number, start: string, end: string) {
  return queryRows<{ form: string; sessions: number; participants: number; uncounted: number }>(db, sql`
    select form, count(*)::int as sessions, coalesce(sum(participants), 0)::int as participants,
      count(*) filter (where estimated or participants is null)::int as uncounted
    from outreach_sessions where unit_id = ${unitId} and deleted_at is null and held_on between ${start}::date and ${end}::date
    group by form`);
}
