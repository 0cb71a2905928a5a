/** What the indicator engine reads of the reception registry: counts, never rows. */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../core/db/connection.js';

/** Sessions of `unitId` held between `start` and `end`, by kind, with the citizens and letters. */
export async function receptionTotals(db: Db, unitId: number, start: string, end: string) {
  return queryRows<{ kind: string; sessions: number; citizens: number; letters: number }>(db, sql`
    select kind, count(*)::int as sessions, coalesce(sum(citizens), 0)::int as citizens, coalesce(sum(letters), 0)::int as letters
    from reception_sessions where unit_id = ${unitId} and deleted_at is null and held_on between ${start}::date and ${end}::date
    group by kind`);
}
