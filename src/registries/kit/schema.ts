/** Input and output pieces every registry shares: optional text, the deletion body, a record's bookkeeping, a page. */
import { z } from 'zod';
import { dateOf, requiredText } from '../../core/schema-helpers.js';
import { cleanText } from '../../core/text.js';

export const optionalText = (what: string, max: number) => z
  .string({ error: `${what} phải là chữ` })
  .overwrite(cleanText)
  .trim()
  .max(max, { message: `${what} dài quá ${max} ký tự` })
  .nullable()
  .optional()
  .transform((v) => (v ? v : null));

export const count = (what: string) => z
  .number({ error: `${what} phải là một số` })
  .int({ message: `${what} phải là số nguyên` })
  .min(0, { message: `${what} không được âm` })
  .max(10_000_000, { message: `${what} quá lớn` });

/** A day named by its field: "Ngày tổ chức không hợp lệ", not a format. */
export const day = dateOf;

export const version = (what: string) => z.number({ error: `Thiếu phiên bản đang ${what} (version)` }).int().positive();

/** Body of POST …/{id}/delete. */
export const deleteInput = z.object({ reason: requiredText('lý do xóa', 500), version: version('xóa') }).strict();
export type DeleteInput = z.output<typeof deleteInput>;

export const pageQuery = {
  /** Words of the record, with or without diacritics. */
  q: z.string().trim().max(200).optional(),
  /** One unit; by default every unit the caller reads. */
  unitCode: z.string().trim().max(40).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};

export const recordMeta = {
  id: z.number(),
  unitCode: z.string(),
  unitName: z.string(),
  illustrative: z.boolean(),
  version: z.number(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
  deleted: z.object({ at: z.string(), by: z.string().nullable(), reason: z.string() }).nullable(),
  canEdit: z.boolean(),
};

export const pageOf = <T extends z.ZodTypeAny>(item: T) => z.object({
  total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(item),
  /** The caller may record in some unit today (an account of an ended unit reads only). */
  canCreate: z.boolean(),
});
