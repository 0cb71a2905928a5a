/**
 * A request as its page shows it: each recipient with its report's state, completeness and timeliness
 * (progress-rules.ts). The request itself is requests/; what the recipients did with it is the reports'.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Context } from '../core/context.js';
import { todayIso } from '../core/vi-format.js';
import { isAdmin } from '../core/access/rules.js';
import { getDocument } from '../documents/service.js';
import { citationOf } from '../documents/rules.js';
import { loadRequest, mayManageRequest, openRequestsReceived, visibleRequestPage, type Direction, type RecipientRow, type RequestRow } from '../requests/service.js';
import type { ReportKind } from '../templates/schema.js';
import { templateKindWarning } from '../requests/template-rules.js';
import { remindedToday } from '../notices/service.js';
import { deadlineText, daysLeft, isLate, recipientStatus, reminderTargets, requestProgress, submittedOnTime } from './progress-rules.js';
import type { RequestFilter, RequestOut, RequestPage, RequestSummary } from './schema.js';
import { requestConditions } from './request-filters.js';
import { reportEvents } from './tables.js';
import { isAuthor, type ReportStatus } from './workflow-rules.js';

/** A recipient and the report it wrote for the request, if any. */
export interface Answer {
  reportId: number;
  status: ReportStatus;
  firstSubmittedAt: Date | null;
  /** When the level above accepted it (tiếp nhận), from its workflow steps. */
  acceptedAt: Date | null;
  number: string | null;
}
export type AnsweredRecipient = RecipientRow & { answer: Answer | null };

/** The recipients, each with its report (read with its row) as the progress rules take it. */
export function withAnswers(recipients: readonly RecipientRow[]): AnsweredRecipient[] {
  return recipients.map((r) => ({
    ...r,
    answer: r.report && {
      reportId: r.report.id, status: r.report.status as ReportStatus, firstSubmittedAt: r.report.firstSubmittedAt,
      acceptedAt: r.report.acceptedAt, number: r.report.number,
    },
  }));
}

type RecipientOut = RequestOut['recipients'][number];

/** A recipient's row. Above the unit a draft shows as being written, never its id or number. */
function recipientOut(ctx: Context, row: AnsweredRecipient, deadline: string, today: string): RecipientOut {
  const { answer } = row;
  const submittedAt = answer?.firstSubmittedAt ?? null;
  const shown = submittedAt !== null || row.unitId === ctx.actor.unitId || isAdmin(ctx.actor);
  return {
    unitCode: row.unitCode, unitName: `${row.unitType} ${row.unitName}`, unitEnded: row.unitEnded,
    status: recipientStatus(answer, deadline), onTime: submittedOnTime(submittedAt, deadline), late: isLate(answer, deadline, today),
    reportId: shown ? answer?.reportId ?? null : null, reportNumber: shown ? answer?.number ?? null : null,
    firstSubmittedAt: submittedAt?.toISOString() ?? null,
    acceptedAt: answer?.acceptedAt?.toISOString() ?? null,
  };
}

function summarize(ctx: Context, request: RequestRow, recipients: AnsweredRecipient[], direction: Direction, citation: string | null): RequestSummary {
  const today = todayIso(ctx.now());
  const own = recipients.find((r) => r.unitId === ctx.actor.unitId);
  return {
    id: request.id, subject: request.subject, reportKind: request.reportKind as ReportKind,
    issuingUnitCode: request.issuingUnitCode, issuingUnitName: `${request.issuingUnitType} ${request.issuingUnitName}`,
    basisCitation: citation, requestDate: request.requestDate, periodStart: request.periodStart, periodEnd: request.periodEnd,
    cutoffDate: request.cutoffDate, deadline: request.deadline, daysLeft: daysLeft(request.deadline, today),
    deadlineText: deadlineText(request.deadline, today), direction,
    progress: requestProgress(recipients.map((r) => r.answer), request.deadline, today),
    mine: own ? recipientOut(ctx, own, request.deadline, today) : null,
    withdrawn: request.withdrawnAt ? { at: request.withdrawnAt.toISOString(), reason: request.withdrawnReason ?? '' } : null,
    version: request.version,
  };
}

export async function listRequests(ctx: Context, filter: RequestFilter = { page: 1, pageSize: 20 }): Promise<RequestPage> {
  const { page, pageSize } = filter;
  const where = await requestConditions(ctx, filter);
  const { total, items } = await visibleRequestPage(ctx, { direction: filter.direction, where, page, pageSize });
  const answered = withAnswers(items.flatMap((v) => v.recipients));
  return {
    total, page, pageSize,
    items: items.map(({ request, direction: side }) => summarize(ctx, request, answered.filter((r) => r.requestId === request.id), side,
      request.basis ? citationOf(request.basis) : null)),
  };
}

export async function getRequest(ctx: Context, id: number): Promise<RequestOut> {
  const { request, recipients: rows, direction, scope } = await loadRequest(ctx, id);
  const recipients = withAnswers(rows);
  const today = todayIso(ctx.now());
  const basis = request.basisDocumentId ? await getDocument(ctx, request.basisDocumentId) : null;
  const { links: _links, ...basisDocument } = basis ?? { links: null };
  // A recipient sees its own row only; the requesting side sees every unit.
  const shown = direction === 'sent' ? recipients : recipients.filter((r) => r.unitId === ctx.actor.unitId);
  return {
    ...summarize(ctx, request, recipients, direction, basis?.citation ?? null),
    note: request.note,
    basisDocument: basis ? basisDocument as RequestOut['basisDocument'] : null,
    template: { id: request.templateId, title: request.templateTitle, version: request.templateVersion, reportKind: request.templateKind as ReportKind },
    warnings: direction === 'sent' ? [templateKindWarning(request.reportKind as ReportKind, { title: request.templateTitle, reportKind: request.templateKind as ReportKind })].filter((w) => w !== null) : [],
    recipients: shown.map((r) => recipientOut(ctx, r, request.deadline, today)),
    canWriteReport: !request.withdrawnAt && recipients.some((r) => r.unitId === ctx.actor.unitId) && isAuthor(ctx.actor, scope, { unitId: ctx.actor.unitId ?? -1 }),
    canManage: !request.withdrawnAt && mayManageRequest(ctx, scope, request.issuingUnitId),
    remind: await reminderState(ctx, request, recipients, direction === 'sent' && !request.withdrawnAt && mayManageRequest(ctx, scope, request.issuingUnitId)),
  };
}

/** For the issuer's managers: how many units a reminder would reach today, and how many were reminded already. */
async function reminderState(ctx: Context, request: RequestRow, recipients: AnsweredRecipient[], mayRemind: boolean): Promise<RequestOut['remind']> {
  if (!mayRemind) return null;
  const today = todayIso(ctx.now());
  const targets = reminderTargets(recipients, request.deadline, today);
  if (targets.length === 0) return null;
  const reminded = await remindedToday(ctx.db, [request.id], today);
  return { overdue: targets.length, remindedToday: targets.filter((r) => reminded.has(`${request.id}:${r.unitId}`)).length };
}

/** Why each of the given reports was last sent back (the comment of its latest return). */
export async function returnReasons(ctx: Context, reportIds: readonly number[]): Promise<Map<number, { reason: string; at: Date }>> {
  if (reportIds.length === 0) return new Map();
  const rows = await ctx.db.select({ reportId: reportEvents.reportId, comment: reportEvents.comment, at: reportEvents.at }).from(reportEvents)
    .where(and(inArray(reportEvents.reportId, [...reportIds]), eq(reportEvents.action, 'return'))).orderBy(desc(reportEvents.id));
  const reasons = new Map<number, { reason: string; at: Date }>();
  for (const r of rows) if (!reasons.has(r.reportId)) reasons.set(r.reportId, { reason: r.comment, at: r.at });
  return reasons;
}

/** The caller's open requests: reports their unit owes, nearest deadline first, with the days left (and why one came back). */
export async function notices(ctx: Context) {
  const received = await openRequestsReceived(ctx);
  const today = todayIso(ctx.now());
  const owed = received
    .map((request) => ({ request, status: recipientStatus(request.report && { ...request.report, status: request.report.status as ReportStatus }, request.deadline), reportId: request.report?.id ?? null }))
    .filter((r) => r.status === 'not_started' || r.status === 'drafting' || r.status === 'returned')
    .sort((a, b) => a.request.deadline.localeCompare(b.request.deadline) || a.request.id - b.request.id);
  const reasons = await returnReasons(ctx, owed.filter((r) => r.status === 'returned').map((r) => r.reportId!));
  return owed.map(({ request, status, reportId }) => ({
    requestId: request.id, subject: request.subject, issuingUnitName: `${request.issuingUnitType} ${request.issuingUnitName}`,
    deadline: request.deadline, daysLeft: daysLeft(request.deadline, today), text: deadlineText(request.deadline, today), status, reportId,
    returnReason: reportId ? reasons.get(reportId)?.reason ?? null : null,
  }));
}
