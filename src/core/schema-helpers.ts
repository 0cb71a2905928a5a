import { errorCatalogue, type ErrorCode } from './error-codes.js';
import { z } from 'zod';
import { isIsoDate } from './vi-format.js';
import { cleanText } from './text.js';

export const isoDate = z
  .string({ error: 'Cần một ngày dạng YYYY-MM-DD' })
  .refine(isIsoDate, { message: 'Ngày không hợp lệ (cần dạng YYYY-MM-DD, ví dụ 2025-07-01)' });

export const requiredText = (what: string, max = 500) =>
  z
    .string({ error: `Thiếu ${what}` })
    .overwrite(cleanText)
    .trim()
    .min(1, { message: `${what[0]!.toUpperCase()}${what.slice(1)} không được để trống` })
    .max(max, { message: `${what[0]!.toUpperCase()}${what.slice(1)} dài quá ${max} ký tự` });

export const errorBody = z.object({
  error: z.object({
    code: z.enum(Object.keys(errorCatalogue) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

/** A record's number in a path or a query: a positive 32-bit integer, as the database's `serial` holds. */
export const recordId = z.coerce
  .number({ error: 'Mã số phải là một số' })
  .int({ message: 'Mã số phải là số nguyên' })
  .min(1, { message: 'Mã số phải từ 1 trở lên' })
  .max(2_147_483_647, { message: 'Mã số quá lớn: không có bản ghi nào như vậy' });
export const idParams = z.object({ id: recordId });
/** A record's number in a JSON body: the same range, not coerced from text. */
export const recordRef = (message = 'Mã số không hợp lệ') => z
  .number({ error: message })
  .int({ message })
  .min(1, { message })
  .max(2_147_483_647, { message: 'Mã số quá lớn: không có bản ghi nào như vậy' });
