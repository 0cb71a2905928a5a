import { z } from 'zod';
import { requiredText } from '../../core/schema-helpers.js';
import { day, deleteInput, optionalText, pageOf, pageQuery, recordMeta, version } from '../kit/schema.js';
import { inspectionKinds, inspectors } from './rules.js';

/** Body of POST /registries/inspections and, with `version`, of PUT. */
export const inspectionInput = z.object({
  unitCode: requiredText('đơn vị', 40),
  heldOn: day('Ngày kiểm tra, giám sát'),
  inspector: z.enum(inspectors, { error: 'Chọn cơ quan kiểm tra, giám sát' }),
  kind: z.enum(inspectionKinds, { error: 'Chọn giám sát chuyên đề hay thường xuyên' }),
  subject: requiredText('nội dung kiểm tra, giám sát', 1000),
  findings: optionalText('Kết quả, nhận xét', 10000),
  recommendations: optionalText('Kiến nghị', 10000),
  followUp: optionalText('Việc thực hiện kiến nghị', 10000),
  settledOn: day('Ngày thực hiện xong kiến nghị').nullable().optional().transform((v) => v ?? null),
}).strict();
export type InspectionInput = z.output<typeof inspectionInput>;
export const inspectionUpdate = inspectionInput.extend({ version: version('sửa') }).strict();
export const inspectionDelete = deleteInput;

export const inspectionQuery = z.object({
  ...pageQuery,
  inspector: z.enum(inspectors, { error: 'Cơ quan kiểm tra không hợp lệ' }).optional(),
  kind: z.enum(inspectionKinds, { error: 'Loại giám sát không hợp lệ' }).optional(),
  from: day('Từ ngày').optional(),
  to: day('Đến ngày').optional(),
});
export type InspectionQuery = z.output<typeof inspectionQuery>;

export const inspectionOut = z.object({
  ...recordMeta,
  heldOn: z.string(),
  inspector: z.enum(inspectors),
  inspectorName: z.string(),
  kind: z.enum(inspectionKinds),
  kindName: z.string(),
  subject: z.string(),
  findings: z.string().nullable(),
  recommendations: z.string().nullable(),
  followUp: z.string().nullable(),
  settledOn: z.string().nullable(),
  followUpStatus: z.enum(['none', 'open', 'done']),
  followUpName: z.string(),
});
export type InspectionOut = z.infer<typeof inspectionOut>;
export const inspectionPage = pageOf(inspectionOut);
