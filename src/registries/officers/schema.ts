import { z } from 'zod';
import { requiredText } from '../../core/schema-helpers.js';
import { docNumberText } from '../../documents/schema.js';
import { day, deleteInput, optionalText, pageOf, pageQuery, recordMeta, version } from '../kit/schema.js';

/** Body of POST /registries/officers and, with `version`, of PUT. */
export const officerInput = z.object({
  unitCode: requiredText('đơn vị', 40),
  fullName: requiredText('họ và tên', 200),
  position: optionalText('Chức vụ', 200),
  duties: optionalText('Nhiệm vụ được phân công', 2000),
  decisionNumber: docNumberText.nullable().optional().transform((v) => v || null),
  /** The day the decision was signed; by default the first day of the assignment. */
  decidedOn: day('Ngày quyết định').nullable().optional().transform((v) => v ?? null),
  fromOn: day('Ngày bắt đầu phụ trách'),
  toOn: day('Ngày thôi phụ trách').nullable().optional().transform((v) => v ?? null),
}).strict();
export type OfficerInput = z.output<typeof officerInput>;
export const officerUpdate = officerInput.extend({ version: version('sửa') }).strict();
export const officerDelete = deleteInput;

export const officerQuery = z.object({
  ...pageQuery,
  from: day('Từ ngày').optional(),
  to: day('Đến ngày').optional(),
});
export type OfficerQuery = z.output<typeof officerQuery>;

export const officerOut = z.object({
  ...recordMeta,
  fullName: z.string(),
  position: z.string().nullable(),
  duties: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decidedOn: z.string().nullable(),
  documentId: z.number().nullable(),
  fromOn: z.string(),
  toOn: z.string().nullable(),
  /** In charge today. */
  current: z.boolean(),
});
export type OfficerOut = z.infer<typeof officerOut>;
export const officerPage = pageOf(officerOut);
