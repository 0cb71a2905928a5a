import { errorCatalogue, type ErrorCode } from './error-codes.js';
import { z } from 'zod';
import { isIsoDate } from './vi-format.js';
import { cleanText } from './text.js';

/**
 * A calendar day, named as the form names it, so an error says which field and what is wrong
 * ("Hạn nộp không phải một ngày có thật", never "YYYY-MM-DD"): the API carries ISO days, people type dd/mm/yyyy.
 */
export const dateOf = (what: string) => z
  .string({ error: `Thiếu ${what[0]!.toLowerCase()}${what.slice(1)}` })
  .refine(isIsoDate, { message: `${what} không phải một ngày có thật (ví dụ 01/07/2025)` });

/** A day in a query or a field with no better name. */
export const isoDate = dateOf('Ngày');

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
