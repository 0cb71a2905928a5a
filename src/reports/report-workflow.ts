/** One workflow step is one transaction: check, change the status, record the step and the audit row. */
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Context } from '../core/context.js';
import { conflict, forbidden, invalid } from '../core/errors.js';
import { recordAudit } from '../core/audit/writer.js';
import { driverErrorOf } from '../core/db/errors.js';
import { formatDocNumber } from '../content/document-rules.js';
import { loadReport } from './report-access.js';
import { reportFigures, snapshotOf } from './report-figures.js';
import { getReport } from './report-service.js';
import { returnedText } from './notice-rules.js';
import { sendNotices } from '../notices/service.js';
import { unitOn } from '../units/service.js';
import { todayIso } from '../core/vi-format.js';
import type { ReportOut } from './schema.js';
import { reportEvents, reports } from './tables.js';
import {
  allowedActions, nextStatus, reportStatusLabels, submitIssues, workflowActionLabels, type WorkflowAction,
} from './workflow-rules.js';

const refusals: Record<WorkflowAction, string> = {
  submit: 'Chỉ lãnh đạo của chính đơn vị báo cáo được trình báo cáo.',
  resubmit: 'Chỉ lãnh đạo của chính đơn vị báo cáo được trình lại báo cáo.',
  return: 'Chỉ lãnh đạo đơn vị yêu cầu báo cáo (cấp trên) được trả lại báo cáo.',
  accept: 'Chỉ lãnh đạo đơn vị yêu cầu báo cáo (cấp trên) được tiếp nhận báo cáo.',
};

export async function actOnReport(ctx: Context, id: number, input: { action: WorkflowAction; baseVersion: number; comment: string }): Promise<ReportOut> {
  const { action, comment } = input;
  await ctx.transaction(async (step) => {
    const tx = step.db;
    const loaded = await loadReport(step, id, { forUpdate: true });
    const { report, scope, parties } = loaded;
    const to = nextStatus(parties.status, action);
    if (!to) {
      throw conflict('REPORT_STATUS_CONFLICT', `Báo cáo đang ở trạng thái "${reportStatusLabels[parties.status]}": không thể ${workflowActionLabels[action].toLocaleLowerCase('vi')}.`, { status: parties.status });
    }
    if (!allowedActions(ctx.actor, scope, parties).includes(action)) throw forbidden(refusals[action], 'WORKFLOW_FORBIDDEN');
    if (input.baseVersion !== report.version) {
      throw conflict('REPORT_VERSION_CONFLICT', `Báo cáo vừa được lưu thành phiên bản ${report.version} sau khi bạn mở phiên bản ${input.baseVersion}. Hãy tải lại để xem bản mới nhất trước khi ${workflowActionLabels[action].toLocaleLowerCase('vi')}.`, { currentVersion: report.version });
    }
    if (action === 'submit' || action === 'resubmit') {
      const issues = submitIssues(report.content);
      if (issues.length) throw invalid('REPORT_INCOMPLETE', `Chưa trình được: ${issues[0]!.message}`, issues);
      const { number, symbol, date } = report.content.meta;
      const [taken] = await tx.select({ id: reports.id }).from(reports).where(and(
        eq(reports.unitId, report.unitId), ne(reports.id, id), ne(reports.status, 'draft'),
        sql`${reports.content}->'meta'->>'number' = ${number} and ${reports.content}->'meta'->>'symbol' = ${symbol}`,
        sql`(${reports.content}->'meta'->'date'->>'year')::int = ${date.year}`,
      ));
      if (taken) throw conflict('REPORT_NUMBER_TAKEN', `Số "${formatDocNumber(number, symbol)}" năm ${date.year} đã dùng cho báo cáo số ${taken.id} của đơn vị. Hãy xin văn thư số khác.`, { id: taken.id });
    }
    if (action === 'return' && !comment) {
      throw invalid('RETURN_COMMENT_REQUIRED', 'Khi trả lại báo cáo, cần ghi rõ lý do để đơn vị sửa.', [{ field: 'comment', message: 'Cần lý do trả lại' }]);
    }
    const now = ctx.now();
    const submitting = action === 'submit' || action === 'resubmit';
    await tx.update(reports).set({
      status: to,
      // The registry figures are frozen as submitted: the level above reads these, whatever the registries say later.
      ...(submitting ? {
        submittedAt: now, submittedVersion: report.version, firstSubmittedAt: report.firstSubmittedAt ?? now,
        figureSnapshot: snapshotOf(report.content, { ...await reportFigures(step, loaded, report.content), frozen: null }),
      } : { decidedAt: now }),
    }).where(eq(reports.id, id)).catch((err: unknown) => {
      // Two submissions with one number at once both pass the check above; the unique index stops the second.
      if (driverErrorOf(err)?.constraint === 'reports_number_key') {
        const { number, symbol, date } = report.content.meta;
        throw conflict('REPORT_NUMBER_TAKEN', `Số "${formatDocNumber(number, symbol)}" năm ${date.year} vừa được dùng cho một báo cáo khác của đơn vị. Hãy xin văn thư số khác.`);
      }
      throw err;
    });
    await tx.insert(reportEvents).values({
      reportId: id, action, fromStatus: parties.status, toStatus: to, version: report.version, comment,
      actorId: ctx.actor.id, actorUsername: ctx.actor.username, at: now,
    });
    await recordAudit(tx, step, {
      unitId: report.unitId, entity: 'report', entityId: id, action: `report.${action}`,
      before: { status: parties.status }, after: { status: to, version: report.version, ...(comment ? { comment } : {}) },
    });
    // The unit learns of the return, and why, in its notices, not only on the report's page.
    if (action === 'return') {
      const returner = ctx.actor.unitId === null ? null : await unitOn(tx, ctx.actor.unitId, todayIso(now));
      const { number, symbol, subject } = report.content.meta;
      await sendNotices(step, [{
        unitId: report.unitId, kind: 'returned', requestId: report.requestId, reportId: id,
        text: returnedText({ returner: returner ? `${returner.typeName} ${returner.name}` : null, title: subject, numberText: number ? formatDocNumber(number, symbol) : null, reason: comment }),
      }]);
    }
  });
  return getReport(ctx, id);
}
