/** Report templates (đề cương): a versioned outline that a request pins. Shared by the API and the UI. */
import { z } from 'zod';
import { recordId } from '../core/schema-helpers.js';
import { outlineSection, walkSections, type OutlineSection } from '../content/content-schema.js';

/** Kinds of report a request asks for (DOMAIN.md; Nghị định 09/2019/NĐ-CP, Điều 12 for the periodic ones). */
export const reportKinds = ['quarter', 'half_year', 'year', 'review', 'final_review', 'thematic'] as const;
export type ReportKind = (typeof reportKinds)[number];

export const reportKindLabels: Record<ReportKind, string> = {
  quarter: 'Báo cáo quý',
  half_year: 'Báo cáo 6 tháng',
  year: 'Báo cáo năm',
  review: 'Báo cáo sơ kết',
  final_review: 'Báo cáo tổng kết',
  thematic: 'Báo cáo chuyên đề',
};

export const reportKind = z.enum(reportKinds, { error: 'Loại báo cáo phải là quý, 6 tháng, năm, sơ kết, tổng kết hoặc chuyên đề' });

export const templateInput = z.object({
  title: z.string().trim().min(1, { message: 'Tên đề cương không được để trống' }).max(300),
  reportKind,
  description: z.string().trim().max(3_000).default(''),
  /** Suggested trích yếu for reports written against it. */
  subject: z.string().trim().max(1_000).default(''),
  /** Suggested closing sentence ("Trên đây là báo cáo ..."). */
  closing: z.string().trim().max(2_000).default(''),
  outline: z.array(outlineSection).min(1, { message: 'Đề cương cần ít nhất một mục' }).max(60),
}).strict().superRefine((t, ctx) => {
  const seen = new Set<string>();
  for (const { section } of walkSections(t.outline)) {
    if (seen.has(section.key)) ctx.addIssue({ code: 'custom', message: `Mã mục "${section.key}" bị trùng trong đề cương`, path: ['outline'] });
    seen.add(section.key);
  }
  const tables = new Set<string>();
  for (const { section } of walkSections(t.outline)) {
    for (const table of section.figureTables) {
      if (tables.has(table.key)) ctx.addIssue({ code: 'custom', message: `Mã bảng số liệu "${table.key}" bị trùng trong đề cương`, path: ['outline'] });
      tables.add(table.key);
    }
  }
});
export type TemplateInput = z.output<typeof templateInput>;
export type { OutlineSection };

// ---- the API

export const templateSummary = z.object({
  id: z.number(),
  title: z.string(),
  reportKind,
  description: z.string(),
  version: z.number(),
  builtin: z.boolean(),
  ownerUnitCode: z.string().nullable(),
  canEdit: z.boolean(),
});
export type TemplateSummary = z.infer<typeof templateSummary>;

export const templateOut = templateSummary.extend({
  subject: z.string(),
  closing: z.string(),
  outline: z.array(outlineSection),
  versions: z.array(z.object({ version: z.number(), createdAt: z.string(), createdBy: z.string().nullable() })),
});
export type TemplateOut = z.infer<typeof templateOut>;

export const templateCreateInput = templateInput;
export const templateUpdateInput = z.object({
  /** The version being edited; a newer one saved meanwhile answers 409. */
  baseVersion: z.number().int().positive({ message: 'Thiếu phiên bản đề cương đang sửa' }),
  template: templateInput,
}).strict();
export const templateQuery = z.object({ version: recordId.optional() });
