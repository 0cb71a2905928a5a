import { and, desc, eq, sql } from 'drizzle-orm';
import type { Context } from '../core/context.js';
import { conflict, forbidden, invalid, notFound } from '../core/errors.js';
import { todayIso } from '../core/vi-format.js';
import { recordAudit } from '../core/audit/writer.js';
import { existingUnit, unitOn } from '../units/service.js';
import { figureTablesByKey } from '../content/content-schema.js';
import { changesBetween, sameContent } from '../content/diff-rules.js';
import { formatDocNumber, isoOfReportDate } from '../content/document-rules.js';
import { draftSubject, initialContent } from './draft-rules.js';
import type { ReportContent, ReportMeta } from '../content/meta-schema.js';
import { deadlineText } from './progress-rules.js';
import { loadReport, visibleContent, type LoadedReport, type ReportRow } from './report-access.js';
import { basisDocumentIdFor, loadRequest, requesterName, requestsIssuedBy } from '../requests/service.js';
import type { ReportCreateInput, ReportOut, ReportSaveInput, ReportSummary } from './schema.js';
import { reportEvents, reports, reportVersions } from './tables.js';
import { currentTemplateVersionId, templateVersion } from '../templates/service.js';
import { fullNameOf, userBrief } from '../core/access/people.js';
import { documentsById } from '../documents/service.js';
import { allowedActions, canEdit, isAuthor, lockReason, type ReportStatus, type WorkflowAction } from './workflow-rules.js';
import { cellLabeller, cellsOf, computeCells, figureCellsOut, reportFigures, reportPeriod, textWarnings, withDraftSentences } from './report-figures.js';
import { cellKey, overrideChanges, printedFigures, reportPeriodOf, withColumnYears, type BoundCell, type OverrideChange } from './figure-rules.js';
import { brokenRules } from '../indicators/service.js';
import type { NamedPeriod } from '../periods/rules.js';
import { periodWording } from '../periods/wording.js';

/** The unit as it was named when the report was written (a unit merged since keeps its old name here). */
export const unitLabel = async (ctx: Context, report: Pick<ReportRow, 'unitId' | 'createdAt'>) => {
  const state = await unitOn(ctx.db, report.unitId, todayIso(report.createdAt));
  return { code: state.code, name: `${state.typeName} ${state.name}` };
};

type SummaryRow = Pick<ReportRow, 'id' | 'status' | 'requestId' | 'updatedAt'>;

export function summaryOf(report: SummaryRow, unit: { code: string; name: string }, deadline: string | null, meta: ReportMeta): ReportSummary {
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
  // People are named as they sign, not by their account (the username stays in the audit log).
  const events = await ctx.db.select({ event: reportEvents, actorName: fullNameOf(sql`${reportEvents.actorId}`) })
    .from(reportEvents).where(eq(reportEvents.reportId, report.id)).orderBy(reportEvents.id);
  const updatedBy = await userBrief(ctx.db, report.updatedBy);
  const annexChoices = side === 'own'
    ? await requestsIssuedBy(ctx.db, report.unitId)
    : [];
  const templateId = report.templateVersionId ? (await templateVersion(ctx.db, report.templateVersionId)).templateId : null;
  const figures = await reportFigures(ctx, loaded, content);
  const cells = figureCellsOut(content, figures);
  const period = reportPeriod(loaded);
  const today = todayIso(ctx.now());
  return {
    ...summaryOf(report, unit, request?.deadline ?? null, content.meta),
    version: report.version, shownVersion: version, content,
    lock: lockReason(parties.status), canEdit: side === 'own' && canEdit(ctx.actor, scope, parties),
    canDelete: side === 'own' && mayDelete(ctx, scope, loaded),
    actions: allowedActions(ctx.actor, scope, parties),
    events: events.map(({ event: e, actorName }) => ({
      action: e.action as WorkflowAction, fromStatus: e.fromStatus as ReportStatus, toStatus: e.toStatus as ReportStatus,
      version: e.version, comment: e.comment, actor: actorName ?? e.actorUsername, at: e.at.toISOString(),
    })),
    request: request ? {
      id: request.id, subject: request.subject, issuingUnitName: `${request.issuingUnitType} ${request.issuingUnitName}`,
      deadline: request.deadline, deadlineText: deadlineText(request.deadline, today),
    } : null,
    templateId,
    annexRequestId: report.annexRequestId,
    annexChoices,
    updatedBy: updatedBy?.fullName ?? null,
    figurePeriod: period ? { spec: period.spec, label: period.label } : null,
    figureCells: cells,
    figureWarnings: side === 'own' && canEdit(ctx.actor, scope, parties) ? textWarnings(content, cells) : [],
  };
}

/** Only a draft that never left its unit may go, and only by its own authors. */
const mayDelete = (ctx: Context, scope: LoadedReport['scope'], { report, parties }: LoadedReport) =>
  report.status === 'draft' && report.firstSubmittedAt === null && isAuthor(ctx.actor, scope, parties);

/** Deletes a draft never submitted, with its versions; the audit log keeps its subject and last version. */
export async function deleteDraft(ctx: Context, id: number): Promise<void> {
  await ctx.transaction(async (tx) => {
    const loaded = await loadReport(tx, id, { forUpdate: true });
    if (loaded.side !== 'own' || !isAuthor(tx.actor, loaded.scope, loaded.parties)) {
      throw forbidden('Chỉ cán bộ của chính đơn vị soạn báo cáo được xóa dự thảo.', 'REPORT_NOT_AUTHOR');
    }
    if (!mayDelete(tx, loaded.scope, loaded)) {
      throw conflict('REPORT_NOT_DELETABLE', 'Báo cáo đã trình lên cấp trên ít nhất một lần: không xóa được, chỉ sửa tiếp hoặc để cấp trên trả lại.');
    }
    const { report } = loaded;
    await tx.db.delete(reportVersions).where(eq(reportVersions.reportId, id));
    await tx.db.delete(reportEvents).where(eq(reportEvents.reportId, id));
    await tx.db.delete(reports).where(eq(reports.id, id));
    await recordAudit(tx.db, tx, {
      unitId: report.unitId, entity: 'report', entityId: id, action: 'report.delete',
      before: { subject: report.content.meta.subject, version: report.version, requestId: report.requestId },
    });
  });
}

export async function getReport(ctx: Context, id: number): Promise<ReportOut> {
  return present(ctx, await loadReport(ctx, id));
}

/** A new draft, for a request the caller's unit received or from a template; one report per recipient. */
export async function createReport(ctx: Context, input: ReportCreateInput): Promise<ReportOut> {
  const id = await ctx.transaction(async (tx) => {
    const today = todayIso(tx.now());
    const source = await draftSource(tx, input);
    if (!isAuthor(tx.actor, await tx.scope(), { unitId: source.unitId })) {
      throw forbidden('Chỉ cán bộ nhập liệu hoặc lãnh đạo của chính đơn vị (đơn vị còn hoạt động) mới soạn được báo cáo của đơn vị.', 'REPORT_NOT_AUTHOR');
    }
    const { unitId, requestId } = source;
    const basisDocumentId = source.basisDocumentId ?? await basisDocumentIdFor(tx, source.basisInput);
    const version = await templateVersion(tx.db, source.templateVersionId);
    const unit = await unitOn(tx.db, unitId, today);
    const parent = unit.parentId ? await unitOn(tx.db, unit.parentId, today) : null;
    const [basis] = basisDocumentId ? await documentsById(tx.db, [basisDocumentId]) : [];
    const [previous] = await tx.db.select({ content: reports.content }).from(reports).where(eq(reports.unitId, unitId)).orderBy(desc(reports.id)).limit(1);
    const content = initialContent({
      unit, parent, outline: version.outline, subject: draftSubject(version.subject, source.requestSubject), closing: version.closing, today,
      period: source.period ? periodWording(source.period.start, source.period.end) : null,
      basis: basis ? { kind: basis.kind, number: basis.number, issuedOn: basis.issuedOn, issuer: basis.issuer, summary: basis.summary } : null,
      requester: source.requester, previous: previous ? previous.content.meta : null,
    });
    withColumnYears(content.sections, source.period);
    if (source.period) await withDraftSentences(tx, content.sections, unit, source.period);
    const [row] = await tx.db.insert(reports).values({
      unitId, requestId, templateVersionId: source.templateVersionId, basisDocumentId: requestId ? null : basisDocumentId, content,
      createdBy: tx.actor.id, updatedBy: tx.actor.id, createdAt: tx.now(), updatedAt: tx.now(),
    }).returning({ id: reports.id });
    await tx.db.insert(reportVersions).values({ reportId: row!.id, version: 1, content, reason: 'create', savedBy: tx.actor.id, savedAt: tx.now() });
    await recordAudit(tx.db, tx, { unitId, entity: 'report', entityId: row!.id, action: 'report.create', after: { requestId, subject: content.meta.subject } });
    return row!.id;
  });
  return getReport(ctx, id);
}

/** Where a new draft comes from: the request the unit received, or a template the writer picked. */
async function draftSource(tx: Context, input: ReportCreateInput) {
  if ('requestId' in input) {
    const { request, recipients } = await loadRequest(tx, input.requestId);
    if (request.withdrawnAt) throw conflict('REQUEST_WITHDRAWN', `Yêu cầu đã được thu hồi${request.withdrawnReason ? ` (lý do: ${request.withdrawnReason})` : ''}: không viết báo cáo mới cho yêu cầu này.`);
    const mine = recipients.find((r) => r.unitId === tx.actor.unitId);
    if (!mine) throw forbidden('Đơn vị của bạn không nằm trong danh sách phải báo cáo theo yêu cầu này.', 'NOT_A_RECIPIENT');
    const [existing] = await tx.db.select({ id: reports.id }).from(reports).where(and(eq(reports.requestId, request.id), eq(reports.unitId, mine.unitId)));
    if (existing) throw conflict('REPORT_EXISTS', 'Đơn vị đã có báo cáo cho yêu cầu này: mở báo cáo đó để soạn tiếp.', { id: existing.id });
    return {
      unitId: mine.unitId, templateVersionId: request.templateVersionId, requestId: request.id as number | null, requester: requesterName(request) as string | null,
      requestSubject: request.subject as string | null, basisDocumentId: request.basisDocumentId, basisInput: null,
      period: reportPeriodOf(request.periodStart, request.periodEnd) as NamedPeriod | null,
    };
  }
  const unitId = input.unitCode ? (await existingUnit(tx, input.unitCode)).id : tx.actor.unitId ?? -1;
  const templateVersionId = await currentTemplateVersionId(tx.db, input.templateId);
  if (templateVersionId === null) throw notFound('TEMPLATE_NOT_FOUND', `Không có đề cương báo cáo số ${input.templateId}.`);
  return { unitId, templateVersionId, requestId: null, requester: null, requestSubject: null, basisDocumentId: null, basisInput: input.basisDocument, period: null };
}

function checkFigures(content: ReportContent) {
  const tables = figureTablesByKey(content.sections);
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
  await ctx.transaction(async (tx) => {
    const loaded = await loadReport(tx, id, { forUpdate: true });
    const { report, parties, scope } = loaded;
    if (!isAuthor(tx.actor, scope, parties)) throw forbidden('Chỉ cán bộ của chính đơn vị báo cáo (đơn vị còn hoạt động) được sửa báo cáo này.', 'REPORT_NOT_AUTHOR');
    const lock = lockReason(parties.status);
    if (lock) throw conflict('REPORT_LOCKED', lockMessages[lock], { reason: lock });
    if (input.baseVersion !== report.version) {
      const saver = await userBrief(tx.db, report.updatedBy);
      throw conflict('REPORT_VERSION_CONFLICT',
        `${saver?.fullName ?? 'Người khác'} vừa lưu báo cáo (phiên bản ${report.version}) trong khi bạn sửa phiên bản ${input.baseVersion}. Hãy gộp thay đổi của hai bên rồi lưu lại.`,
        { currentVersion: report.version, savedBy: saver?.fullName ?? null, savedAt: report.updatedAt.toISOString(), content: report.content });
    }
    const annexRequestId = input.annexRequestId === undefined ? report.annexRequestId : input.annexRequestId;
    if (annexRequestId !== null) {
      const issued = await requestsIssuedBy(tx.db, report.unitId);
      if (!issued.some((r) => r.id === annexRequestId)) throw invalid('ANNEX_REQUEST_INVALID', 'Phụ lục tổng hợp chỉ lấy từ một yêu cầu báo cáo do chính đơn vị này gửi.', [{ field: 'annexRequestId', message: 'Yêu cầu không do đơn vị gửi' }]);
    }
    // Unchanged means the whole content (formatting, tables, outline), not its text: an autosave of
    // the same content is not a new version, a word made bold is.
    if (sameContent(report.content, input.content) && annexRequestId === report.annexRequestId) return;
    const overrides = await checkOverrides(tx, { report, request: loaded.request }, input.content);
    const changes = changesBetween(report.content, input.content);
    const version = report.version + 1;
    await tx.db.update(reports).set({ content: input.content, version, annexRequestId, updatedBy: tx.actor.id, updatedAt: tx.now() }).where(eq(reports.id, id));
    await tx.db.insert(reportVersions).values({ reportId: id, version, content: input.content, reason: input.reason, savedBy: tx.actor.id, savedAt: tx.now() });
    await recordAudit(tx.db, tx, {
      unitId: report.unitId, entity: 'report', entityId: id, action: saveActions[input.reason],
      before: { version: report.version, ...Object.fromEntries(changes.map((c) => [c.label, c.before])) },
      after: {
        version, ...Object.fromEntries(changes.map((c) => [c.label, c.after])),
        ...(changes.length === 0 ? { [formattingOnly]: true } : {}),
        ...(annexRequestId !== report.annexRequestId ? { annexRequestId } : {}),
      },
    });
    for (const o of overrides) {
      await recordAudit(tx.db, tx, {
        unitId: report.unitId, entity: 'report', entityId: id, action: 'report.figure_override',
        before: { cell: o.label, indicator: o.cell.indicator, period: o.cell.period.spec, computed: o.computed },
        after: { version, value: o.value, reason: o.reason },
      });
    }
  });
  return getReport(ctx, id);
}

/**
 * A figure the registries fill may be replaced only with a reason; each replacement is audited with the
 * value the registries gave. Refused as a whole, nothing saved, when one has no reason.
 */
async function checkOverrides(tx: Context, loaded: Pick<LoadedReport, 'report' | 'request'>, content: ReportContent) {
  const cells = cellsOf(content, loaded);
  const label = cellLabeller(content, loaded);
  const { changes, problems } = overrideChanges(loaded.report.content, content, cells, label);
  if (problems.length) throw invalid('FIGURE_OVERRIDE_REASON_MISSING', problems.map((p) => p.message).join(' '), problems);
  if (!changes.length) return [];
  const computed = await computeCells(tx, loaded.report.unitId, cells);
  checkRulesOfReplaced(content, cells, computed, changes);
  return changes.map((c) => ({ ...c, label: label(c.cell), computed: computed.get(cellKey(c.cell.table, c.cell.row, c.cell.column))?.value ?? null }));
}

/** A replaced figure may not break a rule between indicators of its period ("resolved ≤ cases": not 5 of 2). */
function checkRulesOfReplaced(content: ReportContent, cells: BoundCell[], computed: Map<string, { value: number | null }>, changes: OverrideChange[]) {
  const printed = printedFigures(content, cells, (c) => computed.get(cellKey(c.table, c.row, c.column))?.value ?? null);
  for (const change of changes) {
    if (change.cell.disaggregation) continue;
    const values = new Map(cells.filter((c) => c.period.spec === change.cell.period.spec && !c.disaggregation)
      .map((c) => [c.indicator, printed[c.table]?.[c.row]?.[c.column] ?? null] as const));
    const broken = brokenRules(values).filter((b) => b.severity === 'error' && b.indicators.includes(change.cell.indicator));
    if (broken.length) {
      const field = `content.figures.${change.cell.table}.${change.cell.row}.${change.cell.column}`;
      throw invalid('FIGURE_RULE_BROKEN', broken.map((b) => b.message).join(' '), broken.map((b) => ({ field, message: b.message })));
    }
  }
}

/** A save's audit action by its reason: a restore of an older version is told apart from a save. */
const saveActions = { save: 'report.save', autosave: 'report.autosave', merge: 'report.save', restore: 'report.restore' } as const;

/** Audit key of a save whose text is the same: only formatting, tables or the outline changed. */
const formattingOnly = 'Chỉ đổi định dạng, bảng hoặc đề mục';
