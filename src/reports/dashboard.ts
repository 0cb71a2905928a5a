/**
 * The dashboard: for a province or district, the reports waiting for it, its open requests with their
 * progress and the units past the deadline; for every unit, what it owes, what came back and its drafts.
 * A fixed number of queries whatever the number of requests: requests, recipients, their reports, reminders.
 */
import type { Context } from '../core/context.js';
import { isAdmin } from '../core/access/rules.js';
import { todayIso } from '../core/vi-format.js';
import { formatDocNumber } from '../content/document-rules.js';
import { remindedToday } from '../notices/service.js';
import { mayManageRequest, openRequestsSent } from '../requests/service.js';
import { unitOn } from '../units/service.js';
import type { DashboardOut } from './dashboard-schema.js';
import { ownReports, pendingReports } from './dashboard-store.js';
import { daysLeft, deadlineText, recipientStatus, reminderTargets, requestProgress } from './progress-rules.js';
import { notices, withAnswers } from './request-progress.js';

/** How much each card lists; the counts are whole. */
const limits = { pending: 10, requests: 30, overdue: 20, returned: 10 } as const;

export async function dashboard(ctx: Context): Promise<DashboardOut> {
  const today = todayIso(ctx.now());
  const unitId = ctx.actor.unitId;
  const unit = unitId === null ? null : await unitOn(ctx.db, unitId, today);
  const upper = isAdmin(ctx.actor) || unit?.level === 'province' || unit?.level === 'district';
  return {
    above: upper ? await aboveSide(ctx, today) : null,
    own: unitId === null ? null : { owed: await notices(ctx), ...await ownReports(ctx.db, unitId, limits.returned) },
  };
}

async function aboveSide(ctx: Context, today: string): Promise<NonNullable<DashboardOut['above']>> {
  const scope = await ctx.scope();
  const pending = await pendingReports(ctx.db, isAdmin(ctx.actor) ? null : ctx.actor.unitId, today, limits.pending);
  const sent = await openRequestsSent(ctx, limits.requests);
  const answered = withAnswers(sent.flatMap((s) => s.recipients));
  const reminded = await remindedToday(ctx.db, sent.map((s) => s.request.id), today);
  const byRequest = new Map<number, typeof answered>();
  for (const a of answered) {
    const rows = byRequest.get(a.requestId);
    if (rows) rows.push(a);
    else byRequest.set(a.requestId, [a]);
  }
  const open = sent.flatMap(({ request }) => {
    const rows = byRequest.get(request.id) ?? [];
    const progress = requestProgress(rows.map((r) => r.answer), request.deadline, today);
    // Closed once every recipient's report has been taken in.
    if (progress.accepted === progress.expected) return [];
    const targets = reminderTargets(rows, request.deadline, today);
    return [{ request, progress, targets }];
  });
  const overdue = open.flatMap(({ request, targets }) => targets.map((r) => ({
    requestId: request.id, subject: request.subject, deadline: request.deadline, daysOverdue: -daysLeft(request.deadline, today),
    unitCode: r.unitCode, unitName: `${r.unitType} ${r.unitName}`, status: recipientStatus(r.answer, request.deadline),
    remindedToday: reminded.has(`${request.id}:${r.unitId}`),
  })));
  return {
    pending: {
      count: pending.count,
      items: pending.rows.map((r) => ({
        reportId: r.id, title: r.title, unitName: r.unitName, numberText: r.number ? formatDocNumber(r.number, r.symbol) : '',
        submittedAt: r.submittedAt?.toISOString() ?? null, requestId: r.requestId,
      })),
    },
    requests: {
      open: open.length,
      items: open.map(({ request, progress, targets }) => ({
        id: request.id, subject: request.subject, deadline: request.deadline, daysLeft: daysLeft(request.deadline, today),
        deadlineText: deadlineText(request.deadline, today), progress,
        canRemind: targets.length > 0 && mayManageRequest(ctx, scope, request.issuingUnitId),
        remindedToday: targets.filter((r) => reminded.has(`${request.id}:${r.unitId}`)).length,
      })),
    },
    overdue: {
      count: overdue.length,
      units: new Set(overdue.map((o) => o.unitCode)).size,
      // The longest overdue first.
      items: overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || a.unitCode.localeCompare(b.unitCode)).slice(0, limits.overdue),
    },
  };
}
