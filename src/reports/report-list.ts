/**
 * The report list: searched without diacritics over subject, number and unit, filtered by unit, kind of
 * period, year and status, one page at a time with the number of reports the filters match.
 */
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Context } from '../core/context.js';
import { todayIso } from '../core/vi-format.js';
import { unitInScope } from '../core/access/scope.js';
import { foldedMatch } from '../core/db/folded-search.js';
import { existingUnit } from '../units/service.js';
import { unitCodeOf, unitNameOn } from '../units/sql.js';
import { requestCoversYear, requestDeadlineOf, requestKindOf, requestsIssuedWithin } from '../requests/sql.js';
import { templateKindOf } from '../templates/sql.js';
import type { ReportMeta } from '../content/meta-schema.js';
import { awaitingAcceptance } from './dashboard-store.js';
import { summaryOf } from './report-service.js';
import type { ReportFilter, ReportPage } from './schema.js';
import { reports } from './tables.js';

// The report's columns named outright in subqueries: in a select list drizzle may leave a column of the
// query's one table unqualified, and "unit_id" inside a subquery over unit_versions names that table's own.
const unitId = sql.raw('reports.unit_id');
const requestId = sql.raw('reports.request_id');

/** The unit's name as it was when the report was written: what the list shows and what search reads. */
const unitNameWritten = sql<string>`${unitNameOn(unitId, sql`((reports.created_at at time zone 'UTC') + interval '7 hours')::date`)}`;

/**
 * Reports the caller may see: their unit's own, and, from their first submission on, those of the units
 * below and those sent to the caller's requests. A draft never leaves its unit, not even its title.
 */
async function conditions(ctx: Context, filter: Omit<ReportFilter, 'page' | 'pageSize'>): Promise<SQL[]> {
  const scope = await ctx.scope();
  const where: SQL[] = [];
  if (!scope.all) {
    where.push(sql`(${reports.unitId} = ${ctx.actor.unitId ?? -1} or (${reports.firstSubmittedAt} is not null and (
      ${unitInScope(scope, unitId, 'read')}
      or ${reports.requestId} in ${requestsIssuedWithin(scope)})))`);
  }
  if (filter.status) where.push(eq(reports.status, filter.status));
  // The same reports the dashboard counts as waiting (chờ tiếp nhận): the count links to this list.
  if (filter.pending) where.push(awaitingAcceptance(scope.all ? null : ctx.actor.unitId ?? -1, todayIso(ctx.now())));
  if (filter.requestId) where.push(eq(reports.requestId, filter.requestId));
  if (filter.unitCode) where.push(eq(reports.unitId, (await existingUnit(ctx, filter.unitCode)).id));
  if (filter.kind) {
    where.push(sql`coalesce(${requestKindOf(requestId)}, ${templateKindOf(sql.raw('reports.template_version_id'))}) = ${filter.kind}`);
  }
  // A report answers its request's period; one written from an outline alone belongs to its date's year.
  if (filter.year) {
    where.push(sql`(case when ${reports.requestId} is null then (${reports.content}->'meta'->'date'->>'year')::int = ${filter.year}
      else ${requestCoversYear(requestId, filter.year)} end)`);
  }
  const search = foldedMatch(sql`concat_ws(' ', ${reports.content}->'meta'->>'subject',
    ${reports.metaNumber} || '/' || (${reports.content}->'meta'->>'symbol'), ${unitNameWritten})`, filter.q);
  if (search) where.push(search);
  return where;
}

export async function listReports(ctx: Context, filter: ReportFilter): Promise<ReportPage> {
  const { page, pageSize } = filter;
  const where = await conditions(ctx, filter);
  // Only the header of each report; the total rides along the page (counted apart only past the end).
  const rows = await ctx.db.select({
    id: reports.id, status: reports.status, requestId: reports.requestId, updatedAt: reports.updatedAt,
    meta: sql<ReportMeta>`${reports.content}->'meta'`, deadline: requestDeadlineOf(requestId), unitCode: unitCodeOf(unitId),
    unitName: unitNameWritten, total: sql<number>`count(*) over ()`,
  }).from(reports)
    .where(where.length ? and(...where) : undefined).orderBy(desc(reports.updatedAt), desc(reports.id))
    .limit(pageSize).offset((page - 1) * pageSize);
  const total = rows.length ? Number(rows[0]!.total) : page === 1 ? 0 : await countReports(ctx, where);
  return { total, page, pageSize, items: rows.map((r) => summaryOf(r, { code: r.unitCode, name: r.unitName }, r.deadline, r.meta)) };
}

async function countReports(ctx: Context, where: SQL[]): Promise<number> {
  const [row] = await ctx.db.select({ n: sql<number>`count(*)` }).from(reports).where(where.length ? and(...where) : undefined);
  return Number(row?.n ?? 0);
}
