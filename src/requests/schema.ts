/** API inputs of report requests; shared by the API and the UI. */
import { z } from 'zod';
import { dateOf, recordRef, requiredText } from '../core/schema-helpers.js';
import { documentInput } from '../documents/schema.js';
import { unitCode } from '../units/schema.js';
import { reportKind } from '../templates/schema.js';

/** The basis document: an entry of the registry, or a new one registered on the way. */
export const basisDocumentInput = z.union([z.object({ id: recordRef() }).strict(), documentInput]);

export const requestCreateInput = z.object({
  issuingUnitCode: unitCode,
  basisDocument: basisDocumentInput.nullable().default(null),
  subject: z.string().trim().min(1, { message: 'Trích yếu yêu cầu không được để trống' }).max(1_000),
  reportKind,
  periodStart: dateOf('Ngày bắt đầu kỳ báo cáo'),
  periodEnd: dateOf('Ngày kết thúc kỳ báo cáo'),
  cutoffDate: dateOf('Ngày chốt số liệu'),
  requestDate: dateOf('Ngày ban hành yêu cầu'),
  deadline: dateOf('Hạn nộp'),
  templateId: recordRef('Chọn đề cương báo cáo'),
  recipientCodes: z.array(unitCode).min(1, { message: 'Chọn ít nhất một đơn vị phải báo cáo' }).max(5_000),
  note: z.string().trim().max(3_000).default(''),
}).strict();
export type RequestCreateInput = z.output<typeof requestCreateInput>;

export const requestWithdrawInput = z.object({
  reason: requiredText('lý do thu hồi', 1_000),
  version: recordRef('Thiếu phiên bản của yêu cầu'),
}).strict();
export type RequestWithdrawInput = z.infer<typeof requestWithdrawInput>;

export const requestExtendInput = z.object({
  deadline: dateOf('Hạn nộp mới'),
  reason: z.string().trim().max(1_000, { message: 'Lý do gia hạn dài quá 1.000 ký tự' }).default(''),
  version: recordRef('Thiếu phiên bản của yêu cầu'),
}).strict();
export type RequestExtendInput = z.infer<typeof requestExtendInput>;
