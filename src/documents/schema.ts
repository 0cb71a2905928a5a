/** Inputs and answers of the document registry; shared by the API and the UI. */
import { z } from 'zod';
import { dateOf, recordRef } from '../core/schema-helpers.js';
import { cleanText } from '../core/text.js';
import { DOCUMENT_KINDS, type DocumentKind } from './kinds.js';
import { parseDocNumber } from './symbol.js';
import { documentRelations } from './relations.js';

export const documentKinds = DOCUMENT_KINDS.map((k) => k.kind) as [DocumentKind, ...DocumentKind[]];
export const documentKind = z.enum(documentKinds, { error: 'Loại văn bản không có trong danh mục (Kế hoạch, Công văn, Chỉ thị, ...)' });

export const docNumberText = z.string({ error: 'Thiếu số, ký hiệu văn bản' }).overwrite(cleanText).trim()
  .min(1, { message: 'Số, ký hiệu văn bản không được để trống' }).max(80, { message: 'Số, ký hiệu dài quá 80 ký tự' })
  .refine((text) => parseDocNumber(text) !== null, {
    message: 'Không đọc được số, ký hiệu văn bản: cần dạng như 1444/UBND-NV, 59/2023/NĐ-CP hoặc 53-KH/HU',
  });

export const documentInput = z.object({
  numberText: docNumberText,
  /** Left out: taken from the kind code of the symbol when it has one (KH -> Kế hoạch). */
  kind: documentKind.nullable().optional(),
  issuedOn: dateOf('Ngày ban hành văn bản').nullable().default(null),
  issuer: z.string().overwrite(cleanText).trim().max(300, { message: 'Tên cơ quan ban hành dài quá 300 ký tự' }).default(''),
  summary: z.string().overwrite(cleanText).trim().max(2_000, { message: 'Trích yếu dài quá 2.000 ký tự' }).default(''),
}).strict();
export type DocumentInput = z.output<typeof documentInput>;

export const documentUpdateInput = documentInput.extend({
  version: z.number().int().positive({ message: 'Thiếu phiên bản (version) của văn bản' }),
});
export type DocumentUpdateInput = z.output<typeof documentUpdateInput>;

export const documentRelation = z.enum(documentRelations, { error: 'Quan hệ phải là implements, answers, cites, amends hoặc replaces' });
export const documentLinkInput = z.object({ toId: recordRef('Chọn văn bản để liên kết'), relation: documentRelation }).strict();

export const documentQuery = z.object({
  /** Words or a number in any form ("113-CV-BDVHU", "1444 UBND NV", "dan van kheo"): number, kind, issuer, extract. */
  q: z.string().overwrite(cleanText).trim().max(200, { message: 'Từ khóa tìm kiếm dài quá 200 ký tự' }).optional(),
  /** A number/symbol in any written form: entries with exactly this number ("53-KH-HU" = "53-KH/HU" = "53 KH HU"). */
  number: z.string().overwrite(cleanText).trim().max(80, { message: 'Số, ký hiệu dài quá 80 ký tự' }).optional(),
  kind: documentKind.optional(),
  /** The year of issue (for an undated entry, the year in its number). */
  year: z.coerce.number({ error: 'Năm ban hành phải là một số, như 2024' }).int({ message: 'Năm ban hành phải là số nguyên, như 2024' })
    .min(1945, { message: 'Năm ban hành phải từ 1945 trở đi' }).max(2100, { message: 'Năm ban hành phải trước năm 2100' }).optional(),
  /** Words of the issuing body, with or without diacritics ("ubnd tra bong"). */
  issuer: z.string().overwrite(cleanText).trim().max(300, { message: 'Tên cơ quan ban hành dài quá 300 ký tự' }).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type DocumentQuery = z.output<typeof documentQuery>;

export const documentOut = z.object({
  id: z.number(),
  kind: z.string().nullable(),
  numberText: z.string(),
  number: z.string(),
  year: z.number().nullable(),
  kindCode: z.string().nullable(),
  issuerCode: z.string().nullable(),
  family: z.enum(['state', 'party']).nullable(),
  issuedOn: z.string().nullable(),
  issuer: z.string(),
  summary: z.string(),
  /** "Công văn số 1444/UBND-NV ngày 18/5/2023 của UBND huyện Trà Bồng" */
  citation: z.string(),
  unitCode: z.string().nullable(),
  version: z.number(),
  canEdit: z.boolean(),
});
export type DocumentOut = z.infer<typeof documentOut>;

export const documentLinkOut = z.object({
  id: z.number(),
  relation: documentRelation,
  direction: z.enum(['out', 'in']),
  document: documentOut,
});

export const documentDetail = documentOut.extend({ links: z.array(documentLinkOut) });
export type DocumentDetail = z.infer<typeof documentDetail>;

export const documentPage = z.object({ total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(documentOut) });

/** Free text (a report's body) whose document references are looked up in the registry. */
export const documentResolveInput = z.object({ text: z.string().max(500_000, { message: 'Văn bản quá dài (tối đa 500.000 ký tự)' }) }).strict();

export const resolvedReference = z.object({
  /** As written in the text. */
  text: z.string(),
  kind: z.string().nullable(),
  number: z.string(),
  date: z.string().nullable(),
  issuer: z.string().nullable(),
  /** Registry entries with this number (and this date, when the text gives one). */
  matches: z.array(documentOut),
});
export type ResolvedReference = z.infer<typeof resolvedReference>;
