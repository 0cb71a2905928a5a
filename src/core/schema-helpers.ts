import { z } from 'zod';
import { isIsoDate } from './vi-format.js';

export const isoDate = z
  .string({ error: 'Cần một ngày dạng YYYY-MM-DD' })
  .refine(isIsoDate, { message: 'Ngày không hợp lệ (cần dạng YYYY-MM-DD, ví dụ 2025-07-01)' });

export const requiredText = (what: string, max = 500) =>
  z
    .string({ error: `Thiếu ${what}` })
    .trim()
    .min(1, { message: `${what[0]!.toUpperCase()}${what.slice(1)} không được để trống` })
    .max(max, { message: `${what[0]!.toUpperCase()}${what.slice(1)} dài quá ${max} ký tự` });

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
