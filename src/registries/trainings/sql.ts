/** What the indicator engine reads of the training registry: sums, never rows. */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../core/db/connection.js';

/** Courses of `unitId` begun between `start` and `end`, by who held them: classes and participants. */
export async function trainingTotals(db: Db, unitId: number, start: string, end: string) {
  return queryRows<{ host: string; classes: number; participants: number }>(db, sql`
    select host, coalesce(sum(classes), 0)::int as classes, coalesce(sum(participants), 0)::int as participants
    from trainings where unit_id = ${unitId} and deleted_at is null and starts_on between ${start}::date and ${end}::date
    group by host`);
}
