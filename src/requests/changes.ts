/**
 * What the issuer may change after sending a request: extend its deadline (gia hạn) or withdraw it (thu
 * hồi, with a reason). Recipients see either at once; the drafts written for a withdrawn request are kept.
 */
import { eq, sql } from 'drizzle-orm';
import type { Context } from '../core/context.js';
import { conflict, forbidden, invalid } from '../core/errors.js';
import { recordAudit } from '../core/audit/writer.js';
import { loadRequest, mayManageRequest } from './service.js';
import type { RequestExtendInput, RequestWithdrawInput } from './schema.js';
import { reportRequests } from './tables.js';

const vi = (iso: string) => iso.split('-').reverse().join('/');

/** The request locked for a change by its issuer, at the version the change was made from. */
async function changeable(tx: Context, id: number, version: number) {
  // Locked first, so what is read below is what the change is checked against.
  await tx.db.select({ id: reportRequests.id }).from(reportRequests).where(eq(reportRequests.id, id)).for('update');
  const { request } = await loadRequest(tx, id);
  if (!mayManageRequest(tx, await tx.scope(), request.issuingUnitId)) {
    throw forbidden('Chỉ lãnh đạo, quản lý của đơn vị gửi yêu cầu mới được gia hạn hoặc thu hồi yêu cầu.', 'REQUEST_NOT_YOURS');
  }
  if (request.withdrawnAt) throw conflict('REQUEST_WITHDRAWN', 'Yêu cầu này đã được thu hồi: không thay đổi được nữa.');
  if (request.version !== version) {
    throw conflict('REQUEST_VERSION_CONFLICT', `Yêu cầu vừa được thay đổi (phiên bản ${request.version}). Hãy tải lại trang rồi thử lại.`, { currentVersion: request.version });
  }
  return request;
}

export async function extendDeadline(ctx: Context, id: number, input: RequestExtendInput): Promise<void> {
  await ctx.transaction(async (tx) => {
    const request = await changeable(tx, id, input.version);
    if (input.deadline <= request.deadline) {
      throw invalid('DEADLINE_NOT_LATER', `Hạn mới (${vi(input.deadline)}) phải sau hạn hiện tại (${vi(request.deadline)}).`, [{ field: 'deadline', message: 'Phải sau hạn hiện tại' }]);
    }
    await tx.db.update(reportRequests).set({ deadline: input.deadline, version: sql`${reportRequests.version} + 1` }).where(eq(reportRequests.id, id));
    await recordAudit(tx.db, tx, {
      unitId: request.issuingUnitId, entity: 'report_request', entityId: id, action: 'request.extend',
      before: { deadline: request.deadline }, after: { deadline: input.deadline, ...(input.reason ? { reason: input.reason } : {}) },
    });
  });
}

export async function withdrawRequest(ctx: Context, id: number, input: RequestWithdrawInput): Promise<void> {
  await ctx.transaction(async (tx) => {
    const request = await changeable(tx, id, input.version);
    await tx.db.update(reportRequests).set({
      withdrawnAt: tx.now(), withdrawnReason: input.reason, withdrawnBy: tx.actor.id, version: sql`${reportRequests.version} + 1`,
    }).where(eq(reportRequests.id, id));
    await recordAudit(tx.db, tx, {
      unitId: request.issuingUnitId, entity: 'report_request', entityId: id, action: 'request.withdraw',
      before: { subject: request.subject }, after: { reason: input.reason },
    });
  });
}
