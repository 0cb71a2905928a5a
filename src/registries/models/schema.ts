import { z } from 'zod';
import { requiredText } from '../../core/schema-helpers.js';
import { cleanText } from '../../core/text.js';
import { modelFields, modelLevels, modelOwners, modelStatuses } from './rules.js';

const optionalText = (what: string, max: number) => z
  .string({ error: `${what} phải là chữ` })
  .overwrite(cleanText)
  .trim()
  .max(max, { message: `${what} dài quá ${max} ký tự` })
  .nullable()
  .optional()
  .transform((v) => (v ? v : null));

const year = (what: string) => z
  .number({ error: `${what} phải là một năm` })
  .int({ message: `${what} phải là số nguyên` })
  .min(1945, { message: `${what} phải từ 1945 trở đi` })
  .max(2200, { message: `${what} không hợp lệ` });

/** Body of POST /registries/models and, with `version`, of PUT: the form in the UI checks the same. */
export const modelInput = z.object({
  unitCode: requiredText('đơn vị', 40),
  name: requiredText('tên mô hình', 500),
  owner: z.enum(modelOwners, { error: 'Chọn tổ chức thực hiện' }),
  ownerDetail: optionalText('Tên tổ chức', 200),
  field: z.enum(modelFields, { error: 'Chọn lĩnh vực: kinh tế, văn hóa - xã hội, quốc phòng - an ninh hoặc xây dựng hệ thống chính trị' }),
  level: z.enum(modelLevels, { error: 'Cấp công nhận phải là cấp xã, huyện, tỉnh hoặc Trung ương' }).default('commune'),
  startYear: year('Năm bắt đầu'),
  village: optionalText('Thôn, tổ dân phố', 200),
  description: optionalText('Nội dung', 5000),
  results: optionalText('Kết quả', 5000),
  status: z.enum(modelStatuses, { error: 'Tình trạng phải là đang duy trì, đã nhân rộng hoặc đã dừng' }).default('maintained'),
  stoppedYear: year('Năm dừng').nullable().optional().transform((v) => v ?? null),
  recognition: optionalText('Ghi nhận, khen thưởng', 1000),
}).strict();
export type ModelInput = z.output<typeof modelInput>;

export const modelUpdate = modelInput.extend({
  version: z.number({ error: 'Thiếu phiên bản đang sửa (version)' }).int().positive(),
}).strict();
export type ModelUpdate = z.output<typeof modelUpdate>;

export const modelDelete = z.object({
  reason: requiredText('lý do xóa', 500),
  version: z.number({ error: 'Thiếu phiên bản đang xóa (version)' }).int().positive(),
}).strict();

export const modelQuery = z.object({
  /** Words of the name, organisation or village, with or without diacritics. */
  q: z.string().trim().max(200).optional(),
  /** One unit; by default every unit the caller reads. */
  unitCode: z.string().trim().max(40).optional(),
  field: z.enum(modelFields, { error: 'Lĩnh vực không hợp lệ' }).optional(),
  owner: z.enum(modelOwners, { error: 'Tổ chức không hợp lệ' }).optional(),
  status: z.enum(modelStatuses, { error: 'Tình trạng không hợp lệ' }).optional(),
  /** Models running in that year. */
  year: z.coerce.number({ error: 'Năm phải là một số' }).int().min(1945).max(2200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type ModelQuery = z.output<typeof modelQuery>;

export const modelOut = z.object({
  id: z.number(),
  unitCode: z.string(),
  unitName: z.string(),
  name: z.string(),
  owner: z.enum(modelOwners),
  ownerDetail: z.string().nullable(),
  /** "Hội Liên hiệp Phụ nữ" or the organisation written in words. */
  ownerName: z.string(),
  field: z.enum(modelFields),
  fieldName: z.string(),
  level: z.enum(modelLevels),
  startYear: z.number(),
  village: z.string().nullable(),
  description: z.string().nullable(),
  results: z.string().nullable(),
  status: z.enum(modelStatuses),
  statusName: z.string(),
  stoppedYear: z.number().nullable(),
  recognition: z.string().nullable(),
  illustrative: z.boolean(),
  version: z.number(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
  deleted: z.object({ at: z.string(), by: z.string().nullable(), reason: z.string() }).nullable(),
  canEdit: z.boolean(),
});
export type ModelOut = z.infer<typeof modelOut>;

export const modelPage = z.object({
  total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(modelOut),
  /** The caller may record a model in some unit today (an account of an ended unit reads only). */
  canCreate: z.boolean(),
});
export type ModelPage = z.infer<typeof modelPage>;
