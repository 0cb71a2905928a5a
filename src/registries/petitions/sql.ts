/** What the indicator engine reads of the petitions registry: counts, never rows (and never a sender). */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../core/db/connection.js';

/** Letters of `unitId` received between `start` and `end`, by kind. */
export async function letterTotals(db: Db, unitId: number, start: string, end: string) {
  return queryRows<{ kind: string; letters: number }>(db, sql`
    select kind, count(*)::int as letters from petition_letters
    where unit_id = ${unitId} and deleted_at is null and received_on between ${start}::date and ${end}::date
    group by kind`);
}

/**
 * Cases of `unitId` opened (first letter) between `start` and `end`, by kind: how many were handled by
 * `end`, and of the land disputes how many were mediated and how many successfully.
 */
export async function caseTotals(db: Db, unitId: number, start: string, end: string) {
  return queryRows<{ kind: string; cases: number; resolved: number; mediated: number; mediatedSuccess: number; crowd: number }>(db, sql`
    select kind, count(*)::int as cases,
      count(*) filter (where closed_on <= ${end}::date)::int as resolved,
      count(*) filter (where mediation is not null and closed_on <= ${end}::date)::int as "mediated",
      count(*) filter (where mediation = 'success' and closed_on <= ${end}::date)::int as "mediatedSuccess",
      count(*) filter (where crowd)::int as crowd
    from petition_cases
    where unit_id = ${unitId} and deleted_at is null and received_on between ${start}::date and ${end}::date
    group by kind`);
}

/** Of these letters, those whose sender the law protects now: a denunciation, or a letter of a case that is one. */
export async function protectedLetterIds(db: Db, ids: readonly number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const rows = await queryRows<{ id: number }>(db, sql`
    select l.id from petition_letters l join petition_cases c on c.id = l.case_id
    where l.id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) and (l.kind = 'denunciation' or c.kind = 'denunciation')`);
  return new Set(rows.map((r) => Number(r.id)));
}
