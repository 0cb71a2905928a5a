/**
 * Report requests (công văn đề nghị báo cáo): who sees one, who manages it, and sending one down. What the
 * recipients did with it (their reports, the progress) is the reports' side: reports/request-progress.ts.
 */
import { desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Context } from '../core/context.js';
import type { Db } from '../core/db/connection.js';
import { forbidden, invalid, notFound } from '../core/errors.js';
import { recordAudit } from '../core/audit/writer.js';
import { canRead, isAdmin, keeps, type Scope } from '../core/access/rules.js';
import { unitInScope } from '../core/access/scope.js';
import { documentIdFor, documentsById } from '../documents/service.js';
import { existingUnit, subordinateCodesOn, unitOn } from '../units/service.js';
import { committeeShortName } from '../content/document-rules.js';
import { currentTemplateVersionId } from '../templates/service.js';
import { requestDateIssues } from './period-rules.js';
import * as requestStore from './store.js';
import type { RequestCreateInput } from './schema.js';
import { reportRequestRecipients, reportRequests } from './tables.js';

export type { RequestRow, RecipientRow } from './store.js';
export type Direction = 'sent' | 'received';

/**
 * Sent: the issuing unit is in the caller's subtree. Received: the caller's own unit is a recipient. (A
 * recipient's issuer is above it, so outside its subtree: the two never overlap but for administrators.)
 */
function directionOf(ctx: Context, scope: Scope, request: requestStore.RequestRow, recipients: requestStore.RecipientRow[]): Direction | null {
  if (canRead(scope, request.issuingUnitId)) return 'sent';
  if (recipients.some((r) => r.unitId === ctx.actor.unitId)) return 'received';
  return null;
}

/** A request by id whoever asks (null: none): for a feature that decides access itself, as a report does. */
export async function requestRecord(db: Db, id: number): Promise<requestStore.RequestRow | null> {
  const [request] = await requestStore.selectRequests(db, sql`q.id = ${id}`);
  return request ?? null;
}

export async function loadRequest(ctx: Context, id: number) {
  const request = await requestRecord(ctx.db, id);
  const scope = await ctx.scope();
  const recipients = request ? await requestStore.selectRecipients(ctx.db, [id]) : [];
  const direction = request ? directionOf(ctx, scope, request, recipients) : null;
  // Outside the caller's reach a request is simply not there.
  if (!request || !direction) throw notFound('REQUEST_NOT_FOUND', `Không tìm thấy yêu cầu báo cáo số ${id}.`);
  return { request, recipients, direction, scope };
}

/**
 * Which requests the caller sees, as a condition on `q`: sent by a unit they read, or sent to their own unit
 * (received). Administrators read every issuer, so every request is sent for them.
 */
function visibleWhere(ctx: Context, scope: Scope, direction: Direction | undefined): SQL {
  const sent = unitInScope(scope, sql`q.issuing_unit_id`, 'read');
  const own = sql`exists (select 1 from report_request_recipients rr where rr.request_id = q.id and rr.unit_id = ${ctx.actor.unitId ?? -1})`;
  if (direction === 'sent') return sent;
  if (direction === 'received') return sql`(not ${sent} and ${own})`;
  return sql`(${sent} or ${own})`;
}

export interface RequestPageQuery {
  direction?: Direction;
  /** More conditions on `q` (the request), `u` (its issuing unit) and `iv` (that unit's version on the request date). */
  where?: SQL;
  page: number;
  pageSize: number;
}

/** One page of the requests the caller sees, newest deadline first, each with its recipients and the caller's side of it. */
export async function visibleRequestPage(ctx: Context, { direction, where, page, pageSize }: RequestPageQuery) {
  const scope = await ctx.scope();
  const condition = where ? sql`${visibleWhere(ctx, scope, direction)} and ${where}` : visibleWhere(ctx, scope, direction);
  const requests = await requestStore.selectRequests(ctx.db, condition, { limit: pageSize, offset: (page - 1) * pageSize });
  const total = requests.length < pageSize && (requests.length > 0 || page === 1)
    ? (page - 1) * pageSize + requests.length
    : await requestStore.countRequests(ctx.db, condition);
  const byRequest = await recipientsByRequest(ctx.db, requests.map((r) => r.id));
  const items = requests.flatMap((request) => {
    const rows = byRequest.get(request.id) ?? [];
    const side = directionOf(ctx, scope, request, rows);
    return side ? [{ request, recipients: rows, direction: side }] : [];
  });
  return { total, items };
}

async function recipientsByRequest(db: Db, ids: number[]): Promise<Map<number, requestStore.RecipientRow[]>> {
  const byRequest = new Map<number, requestStore.RecipientRow[]>();
  for (const r of await requestStore.selectRecipients(db, ids)) {
    const rows = byRequest.get(r.requestId);
    if (rows) rows.push(r);
    else byRequest.set(r.requestId, [r]);
  }
  return byRequest;
}

/**
 * The newest requests the caller's own unit sent and has not withdrawn (every unit's for an administrator),
 * with their recipients: what its dashboard follows. Bounded: two queries whatever the number of requests.
 */
export async function openRequestsSent(ctx: Context, limit: number) {
  const mine = isAdmin(ctx.actor) ? sql`true` : sql`q.issuing_unit_id = ${ctx.actor.unitId ?? -1}`;
  const requests = await requestStore.selectRequests(ctx.db, sql`${mine} and q.withdrawn_at is null`, { limit });
  const byRequest = await recipientsByRequest(ctx.db, requests.map((q) => q.id));
  return requests.map((request) => ({ request, recipients: byRequest.get(request.id) ?? [] }));
}

/**
 * The requests not withdrawn that the caller's unit has to answer, each with the report it wrote for it
 * (if any), in one query: what its notices need, read without the other recipients of a request sent to
 * thousands.
 */
export async function openRequestsReceived(ctx: Context) {
  const unitId = ctx.actor.unitId;
  if (unitId === null) return [];
  const scope = await ctx.scope();
  const requests = await requestStore.selectRequests(ctx.db, sql`q.withdrawn_at is null
    and exists (select 1 from report_request_recipients rr where rr.request_id = q.id and rr.unit_id = ${unitId})`, { reportOf: unitId });
  return requests.filter((r) => !canRead(scope, r.issuingUnitId));
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
export function createRequest(ctx: Context, input: RequestCreateInput): Promise<number> {
  return ctx.transaction((tx) => insertRequest(tx, input));
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
  const templateVersionId = await currentTemplateVersionId(ctx.db, input.templateId, { archived: false });
  if (templateVersionId === null) throw notFound('TEMPLATE_NOT_FOUND', `Không có đề cương báo cáo số ${input.templateId}.`);

  const tx = ctx.db;
  const basisDocumentId = await basisDocumentIdFor(ctx, input.basisDocument);
  const [row] = await tx.insert(reportRequests).values({
    issuingUnitId: issuer.id, basisDocumentId, subject: input.subject, reportKind: input.reportKind,
    periodStart: input.periodStart, periodEnd: input.periodEnd, cutoffDate: input.cutoffDate, requestDate: input.requestDate,
    deadline: input.deadline, templateVersionId, note: input.note, createdBy: ctx.actor.id,
  }).returning({ id: reportRequests.id });
  await tx.insert(reportRequestRecipients).values(recipientIds.map((unitId) => ({ requestId: row!.id, unitId })));
  await recordAudit(tx, ctx, {
    unitId: issuer.id, entity: 'report_request', entityId: row!.id, action: 'request.create',
    after: { subject: input.subject, reportKind: input.reportKind, deadline: input.deadline, recipients: codes, basisDocumentId },
  });
  return row!.id;
}

/** The requests a unit issued, newest first: the annexes a report of that unit can attach. */
export async function requestsIssuedBy(db: Db, unitId: number): Promise<{ id: number; subject: string }[]> {
  return db.select({ id: reportRequests.id, subject: reportRequests.subject }).from(reportRequests)
    .where(eq(reportRequests.issuingUnitId, unitId)).orderBy(desc(reportRequests.id));
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

export const requesterName = (request: requestStore.RequestRow) => committeeShortName({ name: request.issuingUnitName, typeName: request.issuingUnitType });
