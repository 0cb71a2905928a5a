/**
 * Nhắc nhở: the issuer of a request reminds the units past its deadline without a report in hand. One
 * notice a unit a day (the unique index decides, so two clicks at once send one); audited as one step.
 */
import type { Context } from '../core/context.js';
import { conflict, forbidden } from '../core/errors.js';
import { recordAudit } from '../core/audit/writer.js';
import { formatDate, todayIso } from '../core/vi-format.js';
import { committeeShortName } from '../content/document-rules.js';
import { sendNotices } from '../notices/service.js';
import { loadRequest, mayManageRequest, requesterName } from '../requests/service.js';
import { reminderTargets } from './progress-rules.js';
import { reminderText } from './notice-rules.js';
import { withAnswers } from './request-progress.js';
import type { ReminderOut } from './dashboard-schema.js';

export async function remindOverdue(ctx: Context, requestId: number): Promise<ReminderOut> {
  return ctx.transaction(async (tx) => {
    const { request, recipients, direction, scope } = await loadRequest(tx, requestId);
    const requester = requesterName(request);
    if (direction !== 'sent' || !mayManageRequest(tx, scope, request.issuingUnitId)) {
      throw forbidden(`Chỉ lãnh đạo, quản lý của ${requester} (đơn vị gửi yêu cầu) được nhắc nhở các đơn vị nộp báo cáo.`, 'REMINDER_FORBIDDEN');
    }
    if (request.withdrawnAt) throw conflict('REQUEST_WITHDRAWN', 'Yêu cầu này đã được thu hồi: không nhắc nhở nộp báo cáo nữa.');
    const today = todayIso(tx.now());
    const targets = reminderTargets(withAnswers(recipients), request.deadline, today);
    if (targets.length === 0) {
      throw conflict('REMINDER_NOTHING_OVERDUE', today <= request.deadline
        ? `Chưa đến hạn nộp (${formatDate(request.deadline)}): chưa có đơn vị nào quá hạn để nhắc nhở.`
        : 'Mọi đơn vị đã nộp báo cáo: không có đơn vị nào quá hạn để nhắc nhở.');
    }
    const reached = new Set(await sendNotices(tx, targets.map((r) => ({
      unitId: r.unitId, kind: 'reminder' as const, requestId: request.id,
      text: reminderText({ recipient: committeeShortName({ name: r.unitName, typeName: r.unitType }), requester, subject: request.subject, deadline: request.deadline, today }),
    }))));
    const unit = (r: (typeof targets)[number]) => ({ unitCode: r.unitCode, unitName: `${r.unitType} ${r.unitName}` });
    const sent = targets.filter((r) => reached.has(r.unitId)).map(unit);
    const skipped = targets.filter((r) => !reached.has(r.unitId)).map(unit);
    if (sent.length === 0) {
      throw conflict('REMINDER_ALREADY_SENT', `Hôm nay (${formatDate(today)}) đã nhắc nhở ${skipped.length} đơn vị quá hạn của yêu cầu này. Mỗi đơn vị chỉ được nhắc một lần mỗi ngày: ngày mai có thể nhắc lại.`,
        { alreadyReminded: skipped.map((u) => u.unitCode) });
    }
    await recordAudit(tx.db, tx, {
      unitId: request.issuingUnitId, entity: 'report_request', entityId: request.id, action: 'request.remind',
      after: { deadline: request.deadline, reminded: sent.map((u) => u.unitCode), ...(skipped.length ? { alreadyReminded: skipped.map((u) => u.unitCode) } : {}) },
    });
    const names = sent.map((u) => u.unitName).join(', ');
    const message = skipped.length
      ? `Đã gửi thông báo nhắc nhở đến ${sent.length} đơn vị: ${names}. ${skipped.length} đơn vị khác đã được nhắc hôm nay, không gửi lại (mỗi đơn vị một lần mỗi ngày).`
      : `Đã gửi thông báo nhắc nhở đến ${sent.length} đơn vị quá hạn: ${names}.`;
    return { sent, alreadyReminded: skipped, message };
  });
}
