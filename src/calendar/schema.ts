import { z } from 'zod';
import { isIsoDate } from '../core/vi-format.js';

export const calendarParams = z.object({ year: z.coerce.number({ error: 'Năm phải là một số' }).int().min(2000, { message: 'Năm từ 2000' }).max(2200, { message: 'Năm đến 2200' }) });

const calendarDay = z.object({
  date: z.string({ error: 'Thiếu ngày' }).refine(isIsoDate, { message: 'Ngày không hợp lệ' }),
  kind: z.enum(['off', 'work'], { error: 'Chọn "nghỉ" (off) hoặc "làm bù" (work)' }),
  name: z.string({ error: 'Thiếu tên ngày' }).trim().min(1, { message: 'Thiếu tên ngày (ví dụ "Tết Nguyên đán")' }).max(200),
}).strict();

/** Body of PUT /calendar/{year}: the whole year; `version` is the one read (absent for a year never edited). */
export const calendarInput = z.object({
  days: z.array(calendarDay).max(120, { message: 'Một năm không có quá 120 ngày đặc biệt' }),
  version: z.number().int().positive().nullable().default(null),
}).strict();
export type CalendarInput = z.output<typeof calendarInput>;

export const calendarOut = z.object({
  year: z.number(),
  /** shipped: the year danvan ships; edited: an administrator's; none: weekends only, Tết unknown. */
  source: z.enum(['shipped', 'edited', 'none']),
  days: z.array(z.object({ date: z.string(), kind: z.enum(['off', 'work']), name: z.string() })),
  version: z.number().nullable(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type CalendarOut = z.infer<typeof calendarOut>;
