import { z } from 'zod';
import { requiredText } from '../../core/schema-helpers.js';
import { day, deleteInput, optionalText, pageOf, pageQuery, recordMeta, version } from '../kit/schema.js';
import { disclosureForms, disclosureGroups } from './rules.js';

const optionalDay = (what: string) => day(what).nullable().optional().transform((v) => v ?? null);

/** Body of POST /registries/disclosures and, with `version`, of PUT. */
export const disclosureInput = z.object({
  unitCode: requiredText('đơn vị', 40),
  title: requiredText('nội dung công khai', 1000),
  group: z.enum(disclosureGroups, { error: 'Chọn nhóm nội dung: Nhân dân biết, bàn và quyết định, tham gia ý kiến hoặc kiểm tra, giám sát' }),
  form: z.enum(disclosureForms, { error: 'Chọn hình thức công khai' }),
  basis: optionalText('Văn bản được công khai', 300),
  decidedOn: optionalDay('Ngày ban hành'),
  publishedOn: day('Ngày bắt đầu công khai'),
  endsOn: optionalDay('Ngày kết thúc công khai'),
  place: optionalText('Địa điểm', 300),
  notes: optionalText('Ghi chú', 5000),
}).strict();
export type DisclosureInput = z.output<typeof disclosureInput>;
export const disclosureUpdate = disclosureInput.extend({ version: version('sửa') }).strict();
export const disclosureDelete = deleteInput;

export const disclosureQuery = z.object({
  ...pageQuery,
  group: z.enum(disclosureGroups, { error: 'Nhóm nội dung không hợp lệ' }).optional(),
  form: z.enum(disclosureForms, { error: 'Hình thức không hợp lệ' }).optional(),
  from: day('Từ ngày').optional(),
  to: day('Đến ngày').optional(),
});
export type DisclosureQuery = z.output<typeof disclosureQuery>;

export const disclosureOut = z.object({
  ...recordMeta,
  title: z.string(),
  group: z.enum(disclosureGroups),
  groupName: z.string(),
  form: z.enum(disclosureForms),
  formName: z.string(),
  basis: z.string().nullable(),
  decidedOn: z.string().nullable(),
  publishedOn: z.string(),
  endsOn: z.string().nullable(),
  publishDueOn: z.string().nullable(),
  place: z.string().nullable(),
  notes: z.string().nullable(),
  /** Where the law's time limits were not met (Điều 12.3, 13.2, 13.3). */
  warnings: z.array(z.string()),
});
export type DisclosureOut = z.infer<typeof disclosureOut>;
export const disclosurePage = pageOf(disclosureOut);
