import { and, eq, sql } from 'drizzle-orm';
import type { Context } from '../core/context.js';
import { forbidden, invalid, notFound } from '../core/errors.js';
import { todayIso } from '../core/vi-format.js';
import { recordAudit } from '../audit/writer.js';
import { canRead, isAdmin, keeps, type Scope } from '../accounts/rules.js';
import { unitInScope } from '../accounts/scope.js';
import { documentIdFor, documentsById, getDocument } from '../documents/service.js';
import { citationOf } from '../documents/rules.js';
import { existingUnit, subordinateCodesOn, unitOn } from '../units/service.js';
import { isAuthor } from './workflow-rules.js';
import { deadlineText, daysLeft, isLate, recipientStatus, requestProgress, submittedOnTime } from './progress-rules.js';
import { requestDateIssues } from './period-rules.js';
import * as requestStore from './request-store.js';
import type { RequestCreateInput, RequestOut, RequestSummary } from './schema.js';
import { reportRequestRecipients, reportRequests, reportTemplates, reportTemplateVersions } from './tables.js';
import type { ReportKind } from './template-schema.js';
import { committeeShortName } from './draft-rules.js';

type RecipientOut = RequestOut['recipients'][number];

/** A recipient's row. Above the unit a draft shows as being written, never its id or number. */
function recipientOut(ctx: Context, row: requestStore.RecipientRow, deadline: string, today: string): RecipientOut {
  const report = row.status ? { status: row.status, firstSubmittedAt: row.firstSubmittedAt } : null;
  const shown = row.firstSubmittedAt !== null || row.unitId === ctx.actor.unitId || isAdmin(ctx.actor);
  return {
    unitCode: row.unitCode, unitName: `${row.unitType} ${row.unitName}`, unitEnded: row.unitEnded,
    status: recipientStatus(report, deadline), onTime: submittedOnTime(row.firstSubmittedAt, deadline), late: isLate(report, deadline, today),
    reportId: shown ? row.reportId : null, reportNumber: shown ? row.number : null, firstSubmittedAt: row.firstSubmittedAt?.toISOString() ?? null,
  };
}

/**
 * Sent: the issuing unit is in the caller's subtree. Received: the caller's own unit is a recipient. (A
 * recipient's issuer is above it, so outside its subtree: the two never overlap but for administrators.)
 */
function directionOf(ctx: Context, scope: Scope, request: requestStore.RequestRow, recipients: requestStore.RecipientRow[]): 'sent' | 'received' | null {
  if (canRead(scope, request.issuingUnitId)) return 'sent';
  if (recipients.some((r) => r.unitId === ctx.actor.unitId)) return 'received';
  return null;
}

async function basisCitations(ctx: Context, ids: (number | null)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await documentsById(ctx.db, wanted);
  return new Map(rows.map((d) => [d.id, citationOf(d)]));
}

function summarize(ctx: Context, request: requestStore.RequestRow, recipients: requestStore.RecipientRow[], direction: 'sent' | 'received', citation: string | null): RequestSummary {
  const today = todayIso(ctx.now());
  const own = recipients.find((r) => r.unitId === ctx.actor.unitId);
  return {
    id: request.id, subject: request.subject, reportKind: request.reportKind as ReportKind,
    issuingUnitCode: request.issuingUnitCode, issuingUnitName: `${request.issuingUnitType} ${request.issuingUnitName}`,
    basisCitation: citation, requestDate: request.requestDate, periodStart: request.periodStart, periodEnd: request.periodEnd,
    cutoffDate: request.cutoffDate, deadline: request.deadline, daysLeft: daysLeft(request.deadline, today),
    deadlineText: deadlineText(request.deadline, today), direction,
    progress: requestProgress(recipients.map((r) => (r.status ? { status: r.status, firstSubmittedAt: r.firstSubmittedAt } : null)), request.deadline, today),
    mine: own ? recipientOut(ctx, own, request.deadline, today) : null,
    withdrawn: request.withdrawnAt ? { at: request.withdrawnAt.toISOString(), reason: request.withdrawnReason ?? '' } : null,
    version: request.version,
  };
}

export async function listRequests(ctx: Context, direction?: 'sent' | 'received'): Promise<RequestSummary[]> {
  const scope = await ctx.scope();
  const unitId = ctx.actor.unitId ?? -1;
  const visible = scope.all ? sql`true` : sql`(${unitInScope(scope, sql`q.issuing_unit_id`, 'read')}
    or exists (select 1 from report_request_recipients rr where rr.request_id = q.id and rr.unit_id = ${unitId}))`;
  const requests = await requestStore.selectRequests(ctx.db, visible);
  const recipients = await requestStore.selectRecipients(ctx.db, requests.map((r) => r.id));
  const citations = await basisCitations(ctx, requests.map((r) => r.basisDocumentId));
  const out: RequestSummary[] = [];
  for (const request of requests) {
    const rows = recipients.filter((r) => r.requestId === request.id);
    const dir = directionOf(ctx, scope, request, rows);
    if (!dir || (direction && dir !== direction)) continue;
    out.push(summarize(ctx, request, rows, dir, request.basisDocumentId ? citations.get(request.basisDocumentId) ?? null : null));
  }
  return out;
}

export async function loadRequest(ctx: Context, id: number) {
  const [request] = await requestStore.selectRequests(ctx.db, sql`q.id = ${id}`);
  const scope = await ctx.scope();
  const recipients = request ? await requestStore.selectRecipients(ctx.db, [id]) : [];
  const direction = request ? directionOf(ctx, scope, request, recipients) : null;
  // Outside the caller's reach a request is simply not there.
  if (!request || !direction) throw notFound('REQUEST_NOT_FOUND', `Không tìm thấy yêu cầu báo cáo số ${id}.`);
  return { request, recipients, direction, scope };
}

export async function getRequest(ctx: Context, id: number): Promise<RequestOut> {
  const { request, recipients, direction } = await loadRequest(ctx, id);
  const today = todayIso(ctx.now());
  const basis = request.basisDocumentId ? await getDocument(ctx, request.basisDocumentId) : null;
  const { links: _links, ...basisDocument } = basis ?? { links: null };
  // A recipient sees its own row only; the requesting side sees every unit.
  const shown = direction === 'sent' ? recipients : recipients.filter((r) => r.unitId === ctx.actor.unitId);
  return {
    ...summarize(ctx, request, recipients, direction, basis?.citation ?? null),
    note: request.note,
    basisDocument: basis ? basisDocument as RequestOut['basisDocument'] : null,
    template: { id: request.templateId, title: request.templateTitle, version: request.templateVersion },
    recipients: shown.map((r) => recipientOut(ctx, r, request.deadline, today)),
    canWriteReport: !request.withdrawnAt && recipients.some((r) => r.unitId === ctx.actor.unitId) && isAuthor(ctx.actor, await ctx.scope(), { unitId: ctx.actor.unitId ?? -1 }),
    canManage: !request.withdrawnAt && mayManageRequest(ctx, await ctx.scope(), request.issuingUnitId),
  };
}

/** The issuing unit's managers (while it stands) and administrators send, extend and withdraw its requests. */
export function mayManageRequest(ctx: Context, scope: Scope, issuingUnitId: number): boolean {
  return isAdmin(ctx.actor) || (ctx.actor.roles.includes('manager') && keeps(scope, issuingUnitId));
}

/**
 * Sends a request down: checks the dates (Nghị định 09/2019/NĐ-CP cut-offs come from the UI as defaults),
 * that every recipient is a unit below the issuer on the request date, then writes request, recipients,
 * the basis document and the audit row in one transaction.
 */
export async function createRequest(ctx: Context, input: RequestCreateInput): Promise<RequestOut> {
  const id = await ctx.transaction((tx) => insertRequest(tx, input));
  return getRequest(ctx, id);
}

async function insertRequest(ctx: Context, input: RequestCreateInput): Promise<number> {
  const scope = await ctx.scope();
  const issuer = await existingUnit(ctx, input.issuingUnitCode);
  if (!mayManageRequest(ctx, scope, issuer.id)) {
    throw forbidden(`Chỉ lãnh đạo, quản lý của đơn vị mã "${issuer.code}" (hoặc cấp trên) được gửi yêu cầu báo cáo thay đơn vị này.`, 'REQUEST_ISSUER_FORBIDDEN');
  }
  const issues = requestDateIssues(input);
  if (issues.length) {
    throw invalid('REQUEST_DATES_INVALID', issues[0]!.message, issues.map(({ field, message }) => ({ field, message })));
  }
  const issuerState = await unitOn(ctx.db, issuer.id, input.requestDate);
  if (issuerState.validFrom > input.requestDate || (issuerState.validTo !== null && issuerState.validTo <= input.requestDate)) {
    throw invalid('ISSUER_NOT_VALID_ON_DATE', `${issuerState.typeName} ${issuerState.name} không còn (hoặc chưa) hoạt động vào ngày ban hành yêu cầu ${input.requestDate.split('-').reverse().join('/')}.`, [{ field: 'requestDate', message: 'Đơn vị không hoạt động vào ngày này' }]);
  }
  const subordinates = await subordinateCodesOn(ctx.db, issuer.id, input.requestDate);
  const codes = [...new Set(input.recipientCodes)];
  const recipientIds: number[] = [];
  for (const code of codes) {
    const unit = await existingUnit(ctx, code);
    if (!subordinates.has(code)) {
      throw invalid('RECIPIENT_NOT_SUBORDINATE', `Đơn vị mã "${code}" không thuộc ${issuerState.typeName} ${issuerState.name} vào ngày ${input.requestDate.split('-').reverse().join('/')}: không gửi yêu cầu báo cáo được.`, [{ field: 'recipientCodes', message: `"${code}" không phải đơn vị cấp dưới` }]);
    }
    recipientIds.push(unit.id);
  }
  const [template] = await ctx.db.select({ versionId: reportTemplateVersions.id }).from(reportTemplates)
    .innerJoin(reportTemplateVersions, and(eq(reportTemplateVersions.templateId, reportTemplates.id), eq(reportTemplateVersions.version, reportTemplates.currentVersion)))
    .where(and(eq(reportTemplates.id, input.templateId), eq(reportTemplates.archived, false)));
  if (!template) throw notFound('TEMPLATE_NOT_FOUND', `Không có đề cương báo cáo số ${input.templateId}.`);

  const tx = ctx.db;
  const basisDocumentId = await basisDocumentIdFor(ctx, input.basisDocument);
  const [row] = await tx.insert(reportRequests).values({
    issuingUnitId: issuer.id, basisDocumentId, subject: input.subject, reportKind: input.reportKind,
    periodStart: input.periodStart, periodEnd: input.periodEnd, cutoffDate: input.cutoffDate, requestDate: input.requestDate,
    deadline: input.deadline, templateVersionId: template.versionId, note: input.note, createdBy: ctx.actor.id,
  }).returning({ id: reportRequests.id });
  await tx.insert(reportRequestRecipients).values(recipientIds.map((unitId) => ({ requestId: row!.id, unitId })));
  await recordAudit(tx, ctx, {
    unitId: issuer.id, entity: 'report_request', entityId: row!.id, action: 'request.create',
    after: { subject: input.subject, reportKind: input.reportKind, deadline: input.deadline, recipients: codes, basisDocumentId },
  });
  return row!.id;
}

/** The registry id of a basis document given by id or typed in full (then registered). */
export async function basisDocumentIdFor(tx: Context, basis: RequestCreateInput['basisDocument']): Promise<number | null> {
  if (!basis) return null;
  if ('id' in basis) {
    const [doc] = await documentsById(tx.db, [basis.id]);
    if (!doc) throw notFound('DOCUMENT_NOT_FOUND', `Không có văn bản số ${basis.id} trong sổ văn bản.`);
    return doc.id;
  }
  return documentIdFor(tx, basis);
}

/** The caller's open requests: reports their unit owes, nearest deadline first, with the days left. */
export async function notices(ctx: Context) {
  if (ctx.actor.unitId === null) return [];
  const received = await listRequests(ctx, 'received');
  return received
    .filter((r) => !r.withdrawn && r.mine && (r.mine.status === 'not_started' || r.mine.status === 'drafting' || r.mine.status === 'returned'))
    .sort((a, b) => a.deadline.localeCompare(b.deadline))
    .map((r) => ({
      requestId: r.id, subject: r.subject, issuingUnitName: r.issuingUnitName, deadline: r.deadline, daysLeft: r.daysLeft,
      text: r.deadlineText, status: r.mine!.status, reportId: r.mine!.reportId,
    }));
}

export const requesterName = (request: requestStore.RequestRow) => committeeShortName({ name: request.issuingUnitName, typeName: request.issuingUnitType });
