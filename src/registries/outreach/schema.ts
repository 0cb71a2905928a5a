import { z } from 'zod';
import { requiredText } from '../../core/schema-helpers.js';
import { organisations } from '../kit/organisations.js';
import { count, day, deleteInput, optionalText, pageOf, pageQuery, recordMeta, version } from '../kit/schema.js';
import { outreachForms } from './rules.js';

/** Body of POST /registries/outreach and, with `version`, of PUT. */
export const outreachInput = z.object({
  unitCode: requiredText('đơn vị', 40),
  heldOn: day('Ngày tổ chức'),
  topic: requiredText('nội dung tuyên truyền', 1000),
  form: z.enum(outreachForms, { error: 'Chọn hình thức tuyên truyền' }),
  organiser: z.enum(organisations, { error: 'Chọn đơn vị, tổ chức thực hiện' }).default('ubnd'),
  village: optionalText('Thôn, tổ dân phố', 200),
  participants: count('Số lượt người').nullable().optional().transform((v) => v ?? null),
  estimated: z.boolean().default(false),
  notes: optionalText('Ghi chú', 5000),
}).strict();
export type OutreachInput = z.output<typeof outreachInput>;
export const outreachUpdate = outreachInput.extend({ version: version('sửa') }).strict();
export const outreachDelete = deleteInput;

export const outreachQuery = z.object({
  ...pageQuery,
  form: z.enum(outreachForms, { error: 'Hình thức không hợp lệ' }).optional(),
  from: day('Từ ngày').optional(),
  to: day('Đến ngày').optional(),
});
export type OutreachQuery = z.output<typeof outreachQuery>;

export const outreachOut = z.object({
  ...recordMeta,
  heldOn: z.string(),
  topic: z.string(),
  form: z.enum(outreachForms),
  formName: z.string(),
  organiser: z.enum(organisations),
  organiserName: z.string(),
  village: z.string().nullable(),
  participants: z.number().nullable(),
  estimated: z.boolean(),
  notes: z.string().nullable(),
});
export type OutreachOut = z.infer<typeof outreachOut>;
export const outreachPage = pageOf(outreachOut);
export type OutreachPage = z.infer<typeof outreachPage>;
