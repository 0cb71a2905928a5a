import { z } from 'zod';
import { recordRef, requiredText } from '../../core/schema-helpers.js';
import { docNumberText } from '../../documents/schema.js';
import { count, day, deleteInput, optionalText, pageOf, pageQuery, recordMeta, version } from '../kit/schema.js';
import { awardForms } from './rules.js';

/** Body of POST /registries/awards and, with `version`, of PUT. */
export const awardInput = z.object({
  unitCode: requiredText('đơn vị', 40),
  decidedOn: day('Ngày quyết định'),
  decisionNumber: docNumberText,
  /** "UBND xã Trà Tây"; by default the People's Committee of the unit. */
  issuer: optionalText('Cơ quan ban hành', 300),
  form: z.enum(awardForms, { error: 'Chọn hình thức khen thưởng' }).default('certificate'),
  individuals: count('Số cá nhân').default(0),
  collectives: count('Số tập thể').default(0),
  households: count('Số hộ gia đình').default(0),
  recipients: optionalText('Danh sách được khen thưởng', 5000),
  reason: requiredText('thành tích được khen thưởng', 2000),
  movement: optionalText('Phong trào thi đua', 500),
  modelId: recordRef('Mô hình không hợp lệ').nullable().optional().transform((v) => v ?? null),
}).strict();
export type AwardInput = z.output<typeof awardInput>;
export const awardUpdate = awardInput.extend({ version: version('sửa') }).strict();
export const awardDelete = deleteInput;

export const awardQuery = z.object({
  ...pageQuery,
  form: z.enum(awardForms, { error: 'Hình thức không hợp lệ' }).optional(),
  from: day('Từ ngày').optional(),
  to: day('Đến ngày').optional(),
});
export type AwardQuery = z.output<typeof awardQuery>;

export const awardOut = z.object({
  ...recordMeta,
  decidedOn: z.string(),
  decisionNumber: z.string(),
  issuer: z.string().nullable(),
  documentId: z.number(),
  form: z.enum(awardForms),
  formName: z.string(),
  individuals: z.number(),
  collectives: z.number(),
  households: z.number(),
  recipients: z.string().nullable(),
  reason: z.string(),
  movement: z.string().nullable(),
  modelId: z.number().nullable(),
});
export type AwardOut = z.infer<typeof awardOut>;
export const awardPage = pageOf(awardOut);
