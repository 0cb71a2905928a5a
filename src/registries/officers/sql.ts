/** What the indicator engine reads of the officer registry: counts, never rows. */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../core/db/connection.js';

/** Officers of `unitId` in charge on `end`, the period's last day. */
export async function officersInCharge(db: Db, unitId: number, end: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(db, sql`
    select count(*)::int as n from officer_assignments
    where unit_id = ${unitId} and deleted_at is null and from_on <= ${end}::date and (to_on is null or to_on >= ${end}::date)`);
  return rows[0]!.n;
}
