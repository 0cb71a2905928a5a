import { z } from 'zod';
import { requiredText } from '../../core/schema-helpers.js';
import { deleteInput, optionalText, pageOf, pageQuery, recordMeta, version } from '../kit/schema.js';
import { modelFields, modelLevels, modelOwners, modelStatuses } from './rules.js';

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
  version: version('sửa'),
}).strict();
export type ModelUpdate = z.output<typeof modelUpdate>;

export const modelDelete = deleteInput;

export const modelQuery = z.object({
  ...pageQuery,
  field: z.enum(modelFields, { error: 'Lĩnh vực không hợp lệ' }).optional(),
  owner: z.enum(modelOwners, { error: 'Tổ chức không hợp lệ' }).optional(),
  status: z.enum(modelStatuses, { error: 'Tình trạng không hợp lệ' }).optional(),
  /** Models running in that year. */
  year: z.coerce.number({ error: 'Năm phải là một số' }).int().min(1945).max(2200).optional(),
});
export type ModelQuery = z.output<typeof modelQuery>;

export const modelOut = z.object({
  ...recordMeta,
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
});
export type ModelOut = z.infer<typeof modelOut>;

export const modelPage = pageOf(modelOut);
export type ModelPage = z.infer<typeof modelPage>;
