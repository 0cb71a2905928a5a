/**
 * The parts of a report around its body: header, title, basis, recipients and signature block
 * (Nghị định 30/2020/NĐ-CP, Điều 8 and Phụ lục I). Shared by the API and the UI.
 */
import { z } from 'zod';
import { figureOverrides, figureTexts, figureValues, inlineContent, nfc, reportSection } from './content-schema.js';

/**
 * Who signs and how (Nghị định 30/2020/NĐ-CP, Điều 13): TM. = on behalf of the collective; KT. = a
 * deputy signing for the head; Q. = acting head; TL. = by order; TUQ. = by authorisation.
 */
export const signerAuthorities = ['direct', 'KT', 'Q', 'TL', 'TUQ'] as const;
export type SignerAuthority = (typeof signerAuthorities)[number];

export const signer = z.object({
  /** "ỦY BAN NHÂN DÂN" printed as "TM. ỦY BAN NHÂN DÂN"; empty when the head signs in their own name. */
  collective: z.string().trim().max(150).overwrite(nfc).default(''),
  authority: z.enum(signerAuthorities).default('direct'),
  /** The head's title for KT., TL. and TUQ. ("CHỦ TỊCH"). */
  headTitle: z.string().trim().max(150).overwrite(nfc).default(''),
  /** The signer's own title ("PHÓ CHỦ TỊCH"). */
  title: z.string().trim().max(150).overwrite(nfc).default(''),
  name: z.string().trim().max(150).overwrite(nfc).default(''),
}).strict().refine((s) => !['KT', 'TL', 'TUQ'].includes(s.authority) || s.headTitle !== '', {
  message: 'Ký thay (KT.), thừa lệnh (TL.) hoặc thừa ủy quyền (TUQ.) cần chức vụ của người đứng đầu', path: ['headTitle'],
});
export type Signer = z.output<typeof signer>;

/** A report's date; a draft still to be signed keeps the day (and maybe the month) blank (seed 002). */
export const reportDate = z.object({
  year: z.number().int().min(1945).max(2200),
  month: z.number().int().min(1).max(12).nullable().default(null),
  day: z.number().int().min(1).max(31).nullable().default(null),
}).strict().superRefine((d, ctx) => {
  if (d.day !== null && d.month === null) ctx.addIssue({ code: 'custom', message: 'Có ngày thì phải có tháng', path: ['month'] });
  if (d.day !== null && d.month !== null) {
    const probe = new Date(Date.UTC(d.year, d.month - 1, d.day));
    if (probe.getUTCDate() !== d.day) ctx.addIssue({ code: 'custom', message: `Tháng ${d.month}/${d.year} không có ngày ${d.day}`, path: ['day'] });
  }
});
export type ReportDate = z.output<typeof reportDate>;

const line = (what: string, max: number) => z.string().trim().min(1, { message: `${what} không được để trống` }).max(max, { message: `${what} dài quá ${max} ký tự` }).overwrite(nfc);

export const reportMeta = z.object({
  /** Cơ quan chủ quản, e.g. "UBND HUYỆN TRÀ BỒNG"; empty for a body with none above it. */
  parentBody: z.string().trim().max(200).overwrite(nfc).default(''),
  /** Cơ quan ban hành, e.g. "ỦY BAN NHÂN DÂN XÃ TRÀ TÂY". */
  issuingBody: line('Tên cơ quan ban hành', 200),
  /** The serial number, blank while drafting (required to submit). */
  number: z.string().trim().regex(/^\d{0,7}$/, { message: 'Số văn bản chỉ gồm chữ số (ví dụ 39)' }).default(''),
  /** Kind code and issuer code after the number: "BC-UBND". */
  symbol: z.string().trim().min(1, { message: 'Ký hiệu không được để trống (ví dụ BC-UBND)' }).max(40)
    .regex(/^[A-ZĐ0-9][A-ZĐa-zđ0-9.&/-]*$/, { message: 'Ký hiệu viết liền, bằng chữ in hoa, ví dụ BC-UBND' }).default('BC-UBND'),
  place: line('Địa danh', 100),
  date: reportDate,
  kindTitle: line('Tên loại văn bản', 60).default('BÁO CÁO'),
  subject: line('Trích yếu (tên báo cáo)', 1_000),
  /** "Kính gửi: ..." when the report is addressed (seed 004). */
  addressees: z.array(line('Nơi gửi', 300)).max(20).default([]),
  /** "Thực hiện Công văn số ..., Ủy ban nhân dân xã ... báo cáo ... như sau:" */
  basis: inlineContent.default([]),
  /** "Trên đây là báo cáo ... ./." */
  closing: inlineContent.default([]),
  /** Nơi nhận, each "- ...;", the last "- Lưu: VT, ...". */
  recipients: z.array(line('Nơi nhận', 300)).max(40).default([]),
  signer,
}).strict();
export type ReportMeta = z.output<typeof reportMeta>;

export const reportContent = z.object({
  meta: reportMeta,
  sections: z.array(reportSection).max(60),
  figures: figureValues.default({}),
  figureOverrides: figureOverrides.default({}),
  /** Optional, not defaulted: content stored before it has none, and answers must still encode. */
  figureTexts: figureTexts.optional(),
}).strict();
export type ReportContent = z.output<typeof reportContent>;
export type ReportContentInput = z.input<typeof reportContent>;
