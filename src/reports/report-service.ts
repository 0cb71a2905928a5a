import { and, desc, eq, sql } from 'drizzle-orm';
import type { Context } from '../core/context.js';
import { conflict, forbidden, invalid, notFound } from '../core/errors.js';
import { todayIso } from '../core/vi-format.js';
import { recordAudit } from '../audit/writer.js';
import { users } from '../accounts/tables.js';
import { existingUnit, unitOn } from '../units/service.js';
import { units } from '../units/tables.js';
import { documents } from '../documents/tables.js';
import { walkSections } from './content-schema.js';
import { changesBetween } from './diff-rules.js';
import { formatDocNumber, isoOfReportDate } from './document-rules.js';
import { initialContent, subjectFromRequest } from './draft-rules.js';
import type { ReportContent, ReportMeta } from './meta-schema.js';
import { deadlineText } from './progress-rules.js';
import { loadReport, visibleContent, type LoadedReport, type ReportRow } from './report-access.js';
import { basisDocumentIdFor, loadRequest, requesterName } from './request-service.js';
import type { ReportCreateInput, ReportOut, ReportSaveInput, ReportSummary } from './schema.js';
import { reportEvents, reportRequests, reports, reportTemplates, reportTemplateVersions, reportVersions } from './tables.js';
import { allowedActions, canEdit, isAuthor, lockReason, type ReportStatus, type WorkflowAction } from './workflow-rules.js';

/** The unit as it was named when the report was written (a unit merged since keeps its old name here). */
export const unitLabel = async (ctx: Context, report: Pick<ReportRow, 'unitId' | 'createdAt'>) => {
  const state = await unitOn(ctx.db, report.unitId, todayIso(report.createdAt));
  return { code: state.code, name: `${state.typeName} ${state.name}` };
};

type SummaryRow = Pick<ReportRow, 'id' | 'status' | 'requestId' | 'updatedAt'>;

function summaryOf(report: SummaryRow, unit: { code: string; name: string }, deadline: string | null, meta: ReportMeta): ReportSummary {
  return {
    id: report.id, unitCode: unit.code, unitName: unit.name, status: report.status as ReportStatus, number: meta.number,
    numberText: formatDocNumber(meta.number, meta.symbol), date: isoOfReportDate(meta.date),
    title: meta.subject, requestId: report.requestId, deadline, updatedAt: report.updatedAt.toISOString(),
  };
}

async function present(ctx: Context, loaded: LoadedReport): Promise<ReportOut> {
  const { report, request, scope, side, parties } = loaded;
  const unit = await unitLabel(ctx, report);
  const { content, version } = await visibleContent(ctx.db, loaded, unit.name);
  const events = await ctx.db.select().from(reportEvents).where(eq(reportEvents.reportId, report.id)).orderBy(reportEvents.id);
  const [updatedBy] = report.updatedBy ? await ctx.db.select({ username: users.username }).from(users).where(eq(users.id, report.updatedBy)) : [];
  const annexChoices = side === 'own'
    ? await ctx.db.select({ id: reportRequests.id, subject: reportRequests.subject }).from(reportRequests).where(eq(reportRequests.issuingUnitId, report.unitId)).orderBy(desc(reportRequests.id))
    : [];
  const [template] = report.templateVersionId
    ? await ctx.db.select({ id: reportTemplateVersions.templateId }).from(reportTemplateVersions).where(eq(reportTemplateVersions.id, report.templateVersionId))
    : [];
  const today = todayIso(ctx.now());
  return {
    ...summaryOf(report, unit, request?.deadline ?? null, content.meta),
    version: report.version, shownVersion: version, content,
    lock: lockReason(parties.status), canEdit: side === 'own' && canEdit(ctx.actor, parties),
    actions: allowedActions(ctx.actor, scope, parties),
    events: events.map((e) => ({
      action: e.action as WorkflowAction, fromStatus: e.fromStatus as ReportStatus, toStatus: e.toStatus as ReportStatus,
      version: e.version, comment: e.comment, actor: e.actorUsername, at: e.at.toISOString(),
    })),
    request: request ? {
      id: request.id, subject: request.subject, issuingUnitName: `${request.issuingUnitType} ${request.issuingUnitName}`,
      deadline: request.deadline, deadlineText: deadlineText(request.deadline, today),
    } : null,
    templateId: template?.id ?? null,
    annexRequestId: report.annexRequestId,
    annexChoices,
    updatedBy: updatedBy?.username ?? null,
  };
}

export async function getReport(ctx: Context, id: number): Promise<ReportOut> {
  return present(ctx, await loadReport(ctx, id));
}

/** Reports the caller may see: their unit's, and those of the units below (status only, for drafts). */
export async function listReports(ctx: Context, filter: { status?: ReportStatus; unitCode?: string; requestId?: number }): Promise<ReportSummary[]> {
  const scope = await ctx.scope();
  const conditions = [];
  if (!scope.all) {
    const ids = [...scope.unitIds, -1];
    conditions.push(sql`(${reports.unitId} in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) or ${reports.requestId} in (select id from report_requests where issuing_unit_id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})))`);
  }
  if (filter.status) conditions.push(eq(reports.status, filter.status));
  if (filter.requestId) conditions.push(eq(reports.requestId, filter.requestId));
  if (filter.unitCode) conditions.push(eq(reports.unitId, (await existingUnit(ctx, filter.unitCode)).id));
  // Only the header of each report, and the unit's name as it was when the report was written.
  const rows = await ctx.db.select({
    id: reports.id, status: reports.status, requestId: reports.requestId, updatedAt: reports.updatedAt,
    meta: sql<ReportMeta>`${reports.content}->'meta'`, deadline: reportRequests.deadline, unitCode: units.code,
    unitName: sql<string>`(select v.type_name || ' ' || v.name from unit_versions v where v.unit_id = ${reports.unitId}
      and v.valid_from <= ((${reports.createdAt} at time zone 'UTC') + interval '7 hours')::date order by v.valid_from desc limit 1)`,
  }).from(reports)
    .innerJoin(units, eq(units.id, reports.unitId))
    .leftJoin(reportRequests, eq(reportRequests.id, reports.requestId))
    .where(conditions.length ? and(...conditions) : undefined).orderBy(desc(reports.updatedAt), desc(reports.id)).limit(500);
  return rows.map((r) => summaryOf(r, { code: r.unitCode, name: r.unitName }, r.deadline, r.meta));
}

/** A new draft, for a request the caller's unit received or from a template; one report per recipient. */
export async function createReport(ctx: Context, input: ReportCreateInput): Promise<ReportOut> {
  const today = todayIso(ctx.now());
  let unitId: number;
  let templateVersionId: number;
  let requestId: number | null = null;
  let requester: string | null = null;
  let subject: string | null = null;
  let basisDocumentId: number | null = null;
  let basisInput: Extract<ReportCreateInput, { templateId: number }>['basisDocument'] = null;
  if ('requestId' in input) {
    const { request, recipients } = await loadRequest(ctx, input.requestId);
    const mine = recipients.find((r) => r.unitId === ctx.actor.unitId);
    if (!mine) throw forbidden('Đơn vị của bạn không nằm trong danh sách phải báo cáo theo yêu cầu này.', 'NOT_A_RECIPIENT');
    if (mine.reportId !== null) throw conflict('REPORT_EXISTS', 'Đơn vị đã có báo cáo cho yêu cầu này: mở báo cáo đó để soạn tiếp.', { id: mine.reportId });
    ({ unitId } = mine);
    templateVersionId = request.templateVersionId;
    requestId = request.id;
    requester = requesterName(request);
    subject = subjectFromRequest(request.subject);
    basisDocumentId = request.basisDocumentId;
  } else {
    unitId = input.unitCode ? (await existingUnit(ctx, input.unitCode)).id : ctx.actor.unitId ?? -1;
    const [template] = await ctx.db.select({ versionId: reportTemplateVersions.id }).from(reportTemplates)
      .innerJoin(reportTemplateVersions, and(eq(reportTemplateVersions.templateId, reportTemplates.id), eq(reportTemplateVersions.version, reportTemplates.currentVersion)))
      .where(eq(reportTemplates.id, input.templateId));
    if (!template) throw notFound('TEMPLATE_NOT_FOUND', `Không có đề cương báo cáo số ${input.templateId}.`);
    templateVersionId = template.versionId;
    basisInput = input.basisDocument;
  }
  if (!isAuthor(ctx.actor, { unitId })) throw forbidden('Chỉ cán bộ nhập liệu hoặc lãnh đạo của chính đơn vị mới soạn được báo cáo của đơn vị.', 'REPORT_NOT_AUTHOR');

  const id = await ctx.db.transaction(async (tx) => {
    basisDocumentId ??= await basisDocumentIdFor(tx, ctx, basisInput);
    const [version] = await tx.select().from(reportTemplateVersions).where(eq(reportTemplateVersions.id, templateVersionId));
    const unit = await unitOn(tx, unitId, today);
    const parent = unit.parentId ? await unitOn(tx, unit.parentId, today) : null;
    const [basis] = basisDocumentId ? await tx.select().from(documents).where(eq(documents.id, basisDocumentId)) : [];
    const [previous] = await tx.select({ content: reports.content }).from(reports).where(eq(reports.unitId, unitId)).orderBy(desc(reports.id)).limit(1);
    const content = initialContent({
      unit, parent, outline: version!.outline, subject: subject ?? version!.subject, closing: version!.closing, today,
      basis: basis ? { kind: basis.kind, number: basis.number, issuedOn: basis.issuedOn, issuer: basis.issuer, summary: basis.summary } : null,
      requester, previous: previous ? previous.content.meta : null,
    });
    const [row] = await tx.insert(reports).values({
      unitId, requestId, templateVersionId, basisDocumentId: requestId ? null : basisDocumentId, content, createdBy: ctx.actor.id, updatedBy: ctx.actor.id,
      createdAt: ctx.now(), updatedAt: ctx.now(),
    }).returning({ id: reports.id });
    await tx.insert(reportVersions).values({ reportId: row!.id, version: 1, content, reason: 'create', savedBy: ctx.actor.id, savedAt: ctx.now() });
    await recordAudit(tx, ctx, { unitId, entity: 'report', entityId: row!.id, action: 'report.create', after: { requestId, subject: content.meta.subject } });
    return row!.id;
  });
  return getReport(ctx, id);
}

function checkFigures(content: ReportContent) {
  const tables = new Map([...walkSections(content.sections)].flatMap(({ section }) => section.figureTables.map((t) => [t.key, t] as const)));
  for (const [tableKey, rows] of Object.entries(content.figures)) {
    const table = tables.get(tableKey);
    if (!table) throw invalid('FIGURE_TABLE_UNKNOWN', `Báo cáo không có bảng số liệu mã "${tableKey}".`, [{ field: `content.figures.${tableKey}`, message: 'Không có bảng này' }]);
    for (const [rowKey, columns] of Object.entries(rows)) {
      if (!table.rows.some((r) => r.key === rowKey)) throw invalid('FIGURE_ROW_UNKNOWN', `Bảng "${table.title}" không có dòng mã "${rowKey}".`, [{ field: `content.figures.${tableKey}.${rowKey}`, message: 'Không có dòng này' }]);
      for (const columnKey of Object.keys(columns)) {
        if (!table.columns.some((c) => c.key === columnKey)) throw invalid('FIGURE_COLUMN_UNKNOWN', `Bảng "${table.title}" không có cột mã "${columnKey}".`, [{ field: `content.figures.${tableKey}.${rowKey}.${columnKey}`, message: 'Không có cột này' }]);
      }
    }
  }
}

const lockMessages = {
  LOCKED_SUBMITTED: 'Báo cáo đã trình lên cấp trên và đang chờ duyệt: không sửa được. Nếu cần sửa, đề nghị cấp trên trả lại.',
  LOCKED_ACCEPTED: 'Báo cáo đã được cấp trên tiếp nhận: không sửa được nữa.',
} as const;

/**
 * Saves the whole content as a new version. A save against an older version answers 409 with the
 * current content, so the editor can merge (merge-rules.ts) instead of overwriting the other person.
 */
export async function saveReport(ctx: Context, id: number, input: ReportSaveInput): Promise<ReportOut> {
  checkFigures(input.content);
  // Loaded before the transaction: on the embedded database a query outside it would wait for it.
  await ctx.scope();
  await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const { report, parties } = await loadReport(txCtx, id, { forUpdate: true });
    if (!isAuthor(ctx.actor, parties)) throw forbidden('Chỉ cán bộ của chính đơn vị báo cáo được sửa báo cáo này.', 'REPORT_NOT_AUTHOR');
    const lock = lockReason(parties.status);
    if (lock) throw conflict('REPORT_LOCKED', lockMessages[lock], { reason: lock });
    if (input.baseVersion !== report.version) {
      const [saver] = report.updatedBy ? await tx.select({ username: users.username, fullName: users.fullName }).from(users).where(eq(users.id, report.updatedBy)) : [];
      throw conflict('REPORT_VERSION_CONFLICT',
        `${saver?.fullName ?? 'Người khác'} vừa lưu báo cáo (phiên bản ${report.version}) trong khi bạn sửa phiên bản ${input.baseVersion}. Hãy gộp thay đổi của hai bên rồi lưu lại.`,
        { currentVersion: report.version, savedBy: saver?.username ?? null, savedAt: report.updatedAt.toISOString(), content: report.content });
    }
    const annexRequestId = input.annexRequestId === undefined ? report.annexRequestId : input.annexRequestId;
    if (annexRequestId !== null) {
      const [annex] = await tx.select({ id: reportRequests.id }).from(reportRequests).where(and(eq(reportRequests.id, annexRequestId), eq(reportRequests.issuingUnitId, report.unitId)));
      if (!annex) throw invalid('ANNEX_REQUEST_INVALID', 'Phụ lục tổng hợp chỉ lấy từ một yêu cầu báo cáo do chính đơn vị này gửi.', [{ field: 'annexRequestId', message: 'Yêu cầu không do đơn vị gửi' }]);
    }
    const changes = changesBetween(report.content, input.content);
    // An autosave of unchanged content is not a new version.
    if (changes.length === 0 && annexRequestId === report.annexRequestId) return;
    const version = report.version + 1;
    await tx.update(reports).set({ content: input.content, version, annexRequestId, updatedBy: ctx.actor.id, updatedAt: ctx.now() }).where(eq(reports.id, id));
    await tx.insert(reportVersions).values({ reportId: id, version, content: input.content, reason: input.reason, savedBy: ctx.actor.id, savedAt: ctx.now() });
    await recordAudit(tx, ctx, {
      unitId: report.unitId, entity: 'report', entityId: id, action: input.reason === 'autosave' ? 'report.autosave' : 'report.save',
      before: { version: report.version, ...Object.fromEntries(changes.map((c) => [c.label, c.before])) },
      after: { version, ...Object.fromEntries(changes.map((c) => [c.label, c.after])), ...(annexRequestId !== report.annexRequestId ? { annexRequestId } : {}) },
    });
  });
  return getReport(ctx, id);
}
