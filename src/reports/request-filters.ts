/**
 * The request list's filters as SQL over `q` (the request), `u` and `iv` (its issuing unit and that unit's
 * version on the request date): search without diacritics, unit, kind, year, state and deadline. The state
 * reads the reports written for the request, which is why these live with the reports, not the requests.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Context } from '../core/context.js';
import { addDays, todayIso } from '../core/vi-format.js';
import { unitInScope } from '../core/access/scope.js';
import { foldedMatch } from '../core/db/folded-search.js';
import { existingUnit } from '../units/service.js';
import type { RequestFilter } from './schema.js';

/** Days before the deadline the lists call "due soon" (the deadline tag turns orange then). */
export const soonDays = 3;

export async function requestConditions(ctx: Context, filter: Omit<RequestFilter, 'page' | 'pageSize'>): Promise<SQL | undefined> {
  const where: SQL[] = [];
  // The subject, the sender as named then, and the number of the document the request answers ("1444/UBND-NV").
  const search = foldedMatch(sql`concat_ws(' ', q.subject, iv.type_name || ' ' || iv.name, (select sd.number_text from documents sd where sd.id = q.basis_document_id))`, filter.q);
  if (search) where.push(search);
  if (filter.unitCode) {
    const unit = await existingUnit(ctx, filter.unitCode);
    where.push(sql`(q.issuing_unit_id = ${unit.id} or exists (select 1 from report_request_recipients fr where fr.request_id = q.id and fr.unit_id = ${unit.id}))`);
  }
  if (filter.kind) where.push(sql`q.report_kind = ${filter.kind}`);
  if (filter.year) where.push(sql`q.period_start <= ${`${filter.year}-12-31`}::date and q.period_end >= ${`${filter.year}-01-01`}::date`);
  if (filter.status) where.push(await stateCondition(ctx, filter.status));
  if (filter.deadline) {
    const today = todayIso(ctx.now());
    const soon = addDays(today, soonDays);
    where.push(filter.deadline === 'overdue' ? sql`q.deadline < ${today}::date`
      : filter.deadline === 'soon' ? sql`q.deadline between ${today}::date and ${soon}::date`
        : sql`q.deadline > ${soon}::date`);
  }
  return where.length ? sql.join(where, sql` and `) : undefined;
}

/**
 * Open while a unit the caller follows has not submitted: every recipient for the side that sent the
 * request, the caller's own row for a recipient. Withdrawn requests are neither open nor complete.
 */
async function stateCondition(ctx: Context, state: NonNullable<RequestFilter['status']>): Promise<SQL> {
  if (state === 'withdrawn') return sql`q.withdrawn_at is not null`;
  const sent = unitInScope(await ctx.scope(), sql`q.issuing_unit_id`, 'read');
  const waiting = sql`exists (select 1 from report_request_recipients wr where wr.request_id = q.id
    and (${sent} or wr.unit_id = ${ctx.actor.unitId ?? -1})
    and not exists (select 1 from reports wrep where wrep.request_id = q.id and wrep.unit_id = wr.unit_id and wrep.first_submitted_at is not null))`;
  return state === 'open' ? sql`(q.withdrawn_at is null and ${waiting})` : sql`(q.withdrawn_at is null and not ${waiting})`;
}
