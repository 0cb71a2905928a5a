/**
 * Who sees what of a report. The reporting unit sees its working copy; units above it (the requester,
 * and its ancestors) see what was submitted to them and never a draft. Outside both, the report is
 * not found.
 */
import { and, eq } from 'drizzle-orm';
import type { Context } from '../core/context.js';
import type { Db } from '../core/db/connection.js';
import { forbidden, notFound } from '../core/errors.js';
import { canRead, isAdmin, type Scope } from '../core/access/rules.js';
import type { ReportContent } from '../content/meta-schema.js';
import { requestRecord, type RequestRow } from '../requests/service.js';
import { reports, reportVersions } from './tables.js';
import type { ReportParties, ReportStatus } from './workflow-rules.js';

export type ReportRow = typeof reports.$inferSelect;

export interface LoadedReport {
  report: ReportRow;
  request: RequestRow | null;
  scope: Scope;
  /** 'own': the reporting unit (or an administrator); 'above': a unit the report goes up to. */
  side: 'own' | 'above';
  parties: ReportParties;
}

export async function loadReport(ctx: Context, id: number, { forUpdate = false } = {}): Promise<LoadedReport> {
  const query = ctx.db.select().from(reports).where(eq(reports.id, id));
  const [report] = forUpdate ? await query.for('update') : await query;
  const missing = () => notFound('REPORT_NOT_FOUND', `Không tìm thấy báo cáo số ${id}.`);
  if (!report) throw missing();
  const request = report.requestId ? await requestRecord(ctx.db, report.requestId) : null;
  const scope = await ctx.scope();
  const own = isAdmin(ctx.actor) || ctx.actor.unitId === report.unitId;
  const above = canRead(scope, report.unitId) || (request !== null && canRead(scope, request.issuingUnitId));
  if (!own && !above) throw missing();
  return {
    report, request, scope, side: own ? 'own' : 'above',
    parties: { status: report.status as ReportStatus, unitId: report.unitId, requestingUnitId: request?.issuingUnitId ?? null },
  };
}

/** The content the caller may read: the working copy for the unit, the submitted version for those above. */
export async function visibleContent(db: Db, loaded: LoadedReport, unitLabel: string): Promise<{ content: ReportContent; version: number }> {
  const { report, side } = loaded;
  if (side === 'own' || report.status === 'submitted' || report.status === 'accepted') return { content: report.content, version: report.version };
  if (report.submittedVersion === null) {
    throw forbidden(`Báo cáo của ${unitLabel} đang là dự thảo, chưa trình lên: chỉ đơn vị soạn thảo xem và xuất được.`, 'REPORT_DRAFT_PRIVATE');
  }
  const [row] = await db.select().from(reportVersions).where(and(eq(reportVersions.reportId, report.id), eq(reportVersions.version, report.submittedVersion)));
  return { content: row!.content, version: report.submittedVersion };
}
