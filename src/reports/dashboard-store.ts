/** The dashboard's SQL over reports: one bounded query per card. */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../core/db/connection.js';
import { unitNameOn, unitVersionOn } from '../units/sql.js';
import { requestsIssuedByUnit } from '../requests/sql.js';

/**
 * Reports waiting for `unitId` to take them in (chờ tiếp nhận): submitted to a request it issued, or, with no
 * request, by a unit directly below it today. Never its own. Every report, for an administrator (null).
 * `report` is the reports table's alias in the caller's query.
 */
export function awaitingAcceptance(unitId: number | null, today: string, report: SQL = sql`reports`): SQL {
  const submitted = sql`${report}.status = 'submitted'`;
  if (unitId === null) return submitted;
  return sql`(${submitted} and ${report}.unit_id <> ${unitId} and (
    ${report}.request_id in ${requestsIssuedByUnit(unitId)}
    or (${report}.request_id is null and (select pv.parent_id from ${unitVersionOn(sql`${report}.unit_id`, sql`${today}::date`)} pv) = ${unitId})))`;
}

export interface PendingRow {
  id: number;
  title: string;
  number: string;
  symbol: string;
  unitName: string;
  submittedAt: Date | null;
  requestId: number | null;
}

/** The oldest submissions first (they have waited longest), with the total. */
export async function pendingReports(db: Db, unitId: number | null, today: string, limit: number): Promise<{ count: number; rows: PendingRow[] }> {
  const rows = await queryRows<Record<string, unknown>>(db, sql`
    select r.id, r.content->'meta'->>'subject' as title, r.content->'meta'->>'number' as number, r.content->'meta'->>'symbol' as symbol,
           ${unitNameOn(sql`r.unit_id`, sql`((r.created_at at time zone 'UTC') + interval '7 hours')::date`)} as unit_name,
           r.submitted_at, r.request_id, count(*) over () as total
    from reports r
    where ${awaitingAcceptance(unitId, today, sql`r`)}
    order by r.submitted_at asc nulls last, r.id
    limit ${limit}`);
  return {
    count: rows.length ? Number(rows[0]!.total) : 0,
    rows: rows.map((r) => ({
      id: Number(r.id), title: String(r.title ?? ''), number: String(r.number ?? ''), symbol: String(r.symbol ?? ''), unitName: String(r.unit_name),
      submittedAt: r.submitted_at ? new Date(r.submitted_at as string) : null, requestId: r.request_id === null ? null : Number(r.request_id),
    })),
  };
}

/** A unit's reports sent back (with the latest return's reason) and how many drafts it has. */
export async function ownReports(db: Db, unitId: number, limit: number) {
  const returned = await queryRows<Record<string, unknown>>(db, sql`
    select r.id, r.content->'meta'->>'subject' as title, r.request_id, e.comment, e.at
    from reports r
    left join lateral (select ev.comment, ev.at from report_events ev where ev.report_id = r.id and ev.action = 'return' order by ev.id desc limit 1) e on true
    where r.unit_id = ${unitId} and r.status = 'returned'
    order by e.at desc nulls last, r.id desc
    limit ${limit}`);
  const [drafts] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from reports where unit_id = ${unitId} and status = 'draft'`);
  return {
    returned: returned.map((r) => ({
      reportId: Number(r.id), title: String(r.title ?? ''), requestId: r.request_id === null ? null : Number(r.request_id),
      reason: String(r.comment ?? ''), returnedAt: r.at ? new Date(r.at as string).toISOString() : null,
    })),
    drafts: Number(drafts?.n ?? 0),
  };
}
