import { z } from 'zod';
import { requiredText } from '../../core/schema-helpers.js';
import { count, day, deleteInput, optionalText, pageOf, pageQuery, recordMeta, version } from '../kit/schema.js';
import { receptionKinds } from './rules.js';

/** Body of POST /registries/receptions and, with `version`, of PUT. */
export const receptionInput = z.object({
  unitCode: requiredText('đơn vị', 40),
  heldOn: day('Ngày tiếp'),
  kind: z.enum(receptionKinds, { error: 'Chọn hình thức: thường xuyên, định kỳ, đột xuất, lưu động hoặc đối thoại' }),
  host: optionalText('Người chủ trì', 200),
  hostRole: optionalText('Chức vụ', 200),
  place: optionalText('Địa điểm', 300),
  citizens: count('Số lượt công dân').default(0),
  letters: count('Số đơn nhận').default(0),
  notes: optionalText('Ghi chú', 5000),
}).strict();
export type ReceptionInput = z.output<typeof receptionInput>;
export const receptionUpdate = receptionInput.extend({ version: version('sửa') }).strict();
export const receptionDelete = deleteInput;

export const receptionQuery = z.object({
  ...pageQuery,
  kind: z.enum(receptionKinds, { error: 'Hình thức không hợp lệ' }).optional(),
  from: day('Từ ngày').optional(),
  to: day('Đến ngày').optional(),
});
export type ReceptionQuery = z.output<typeof receptionQuery>;

export const receptionOut = z.object({
  ...recordMeta,
  heldOn: z.string(),
  kind: z.enum(receptionKinds),
  kindName: z.string(),
  host: z.string().nullable(),
  hostRole: z.string().nullable(),
  place: z.string().nullable(),
  citizens: z.number(),
  letters: z.number(),
  notes: z.string().nullable(),
});
export type ReceptionOut = z.infer<typeof receptionOut>;
export const receptionPage = pageOf(receptionOut);
export type ReceptionPage = z.infer<typeof receptionPage>;
