import { and, asc, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { walkSections, type OutlineSection } from '../content/content-schema.js';
import type { Context } from '../core/context.js';
import type { Db } from '../core/db/connection.js';
import { conflict, forbidden, invalid, notFound } from '../core/errors.js';
import { bindingProblem } from '../indicators/service.js';
import { draftPlaceholders } from '../content/draft-sentences.js';
import { recordAudit } from '../core/audit/writer.js';
import { isAdmin, keeps } from '../core/access/rules.js';
import { builtinTemplates } from './builtin-templates.js';
import type { TemplateOut, TemplateSummary } from './schema.js';
import { reportTemplates, reportTemplateVersions } from './tables.js';
import { usernameOf } from '../core/access/people.js';
import { unitCodeOf } from '../units/sql.js';
import { findUnitById } from '../units/service.js';
import { templateInput, type ReportKind, type TemplateInput } from './schema.js';

type TemplateRow = typeof reportTemplates.$inferSelect;
type VersionRow = typeof reportTemplateVersions.$inferSelect;

/** The ids of the built-in templates by key ("dvcq-quy"), for the demo loader. */
export async function builtinTemplateIds(db: Db): Promise<Map<string, number>> {
  const rows = await db.select({ id: reportTemplates.id, key: reportTemplates.builtinKey }).from(reportTemplates).where(isNotNull(reportTemplates.builtinKey));
  return new Map(rows.map((r) => [r.key!, r.id]));
}

/** A template's current outline. */
export async function currentOutline(db: Db, templateId: number): Promise<OutlineSection[]> {
  const template = await templateRow(db, templateId);
  return (await versionOf(db, templateId, template.currentVersion))!.outline;
}

/** The version a new request or draft pins: the template's current one (null: no such template, or archived when `archived: false`). */
export async function currentTemplateVersionId(db: Db, templateId: number, { archived }: { archived?: false } = {}): Promise<number | null> {
  const [row] = await db.select({ versionId: reportTemplateVersions.id }).from(reportTemplates)
    .innerJoin(reportTemplateVersions, and(eq(reportTemplateVersions.templateId, reportTemplates.id), eq(reportTemplateVersions.version, reportTemplates.currentVersion)))
    .where(and(eq(reportTemplates.id, templateId), archived === false ? eq(reportTemplates.archived, false) : undefined));
  return row?.versionId ?? null;
}

/** One version of a template by its id: what a request or a report pinned. */
export async function templateVersion(db: Db, versionId: number): Promise<VersionRow> {
  const [row] = await db.select().from(reportTemplateVersions).where(eq(reportTemplateVersions.id, versionId));
  if (!row) throw notFound('TEMPLATE_NOT_FOUND', `Không có phiên bản đề cương số ${versionId}.`);
  return row;
}

/**
 * Built-in outlines exist in every database; run at start, so an existing database gets the ones added
 * since. A built-in whose shipped text changed gets it as a new version while no administrator has edited
 * it (its current version has no author); requests already sent keep the version they pinned.
 */
export async function ensureBuiltinTemplates(db: Db): Promise<void> {
  const rows = await db.select({ id: reportTemplates.id, key: reportTemplates.builtinKey }).from(reportTemplates).where(isNotNull(reportTemplates.builtinKey));
  const present = new Map(rows.map((r) => [r.key!, r.id]));
  for (const { key, input } of builtinTemplates) {
    const values = versionValues(templateInput.parse(input));
    const id = present.get(key);
    if (id === undefined) {
      await db.transaction(async (tx) => {
        const [row] = await tx.insert(reportTemplates).values({ builtinKey: key }).onConflictDoNothing().returning({ id: reportTemplates.id });
        if (row) await tx.insert(reportTemplateVersions).values({ templateId: row.id, version: 1, ...values });
      });
      continue;
    }
    await db.transaction(async (tx) => {
      // Locked: two processes starting at once add one version, not two.
      const [template] = await tx.select().from(reportTemplates).where(eq(reportTemplates.id, id)).for('update');
      const current = template ? await versionOf(tx, id, template.currentVersion) : null;
      if (!template || !current || current.createdBy !== null || sameVersion(current, values)) return;
      const version = template.currentVersion + 1;
      await tx.insert(reportTemplateVersions).values({ templateId: id, version, ...values });
      await tx.update(reportTemplates).set({ currentVersion: version }).where(eq(reportTemplates.id, id));
    });
  }
}

/** JSON with its keys sorted: jsonb gives an outline back with its keys in its own order. */
const canonical = (value: unknown): string => JSON.stringify(value, (_, v: unknown) =>
  v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v);

const sameVersion = (row: VersionRow, values: ReturnType<typeof versionValues>) =>
  row.title === values.title && row.reportKind === values.reportKind && row.description === values.description
  && row.subject === values.subject && row.closing === values.closing && canonical(row.outline) === canonical(values.outline);

const versionValues = (t: TemplateInput) => ({
  title: t.title, reportKind: t.reportKind, description: t.description, subject: t.subject, closing: t.closing, outline: t.outline,
});

/** Managers of a standing province or district (upper levels) write templates for the units below; administrators any. */
async function mayAuthor(ctx: Context): Promise<boolean> {
  if (isAdmin(ctx.actor)) return true;
  if (!ctx.actor.roles.includes('manager') || ctx.actor.unitId === null || !keeps(await ctx.scope(), ctx.actor.unitId)) return false;
  const unit = await findUnitById(ctx.db, ctx.actor.unitId);
  return unit?.level === 'province' || unit?.level === 'district';
}

function mayEdit(ctx: Context, scope: Awaited<ReturnType<Context['scope']>>, template: TemplateRow): boolean {
  if (isAdmin(ctx.actor)) return true;
  return template.ownerUnitId !== null && ctx.actor.roles.includes('manager') && keeps(scope, template.ownerUnitId);
}

async function versionOf(db: Db, templateId: number, version: number): Promise<VersionRow | null> {
  const [row] = await db.select().from(reportTemplateVersions)
    .where(and(eq(reportTemplateVersions.templateId, templateId), eq(reportTemplateVersions.version, version)));
  return row ?? null;
}

async function templateRow(db: Db, id: number): Promise<TemplateRow & { ownerUnitCode: string | null }> {
  const [row] = await db.select({ template: reportTemplates, ownerUnitCode: unitCodeOf(sql`${reportTemplates.ownerUnitId}`) }).from(reportTemplates)
    .where(eq(reportTemplates.id, id));
  if (!row) throw notFound('TEMPLATE_NOT_FOUND', `Không có đề cương báo cáo số ${id}.`);
  return { ...row.template, ownerUnitCode: row.ownerUnitCode };
}

function summarize(template: TemplateRow & { ownerUnitCode: string | null }, version: VersionRow, canEdit: boolean): TemplateSummary {
  return {
    id: template.id, title: version.title, reportKind: version.reportKind as ReportKind, description: version.description,
    version: version.version, builtin: template.builtinKey !== null, ownerUnitCode: template.ownerUnitCode, canEdit,
  };
}

export async function listTemplates(ctx: Context): Promise<TemplateSummary[]> {
  const scope = await ctx.scope();
  const rows = await ctx.db.select({ template: reportTemplates, ownerUnitCode: unitCodeOf(sql`${reportTemplates.ownerUnitId}`), version: reportTemplateVersions })
    .from(reportTemplates)
    .innerJoin(reportTemplateVersions, and(eq(reportTemplateVersions.templateId, reportTemplates.id), eq(reportTemplateVersions.version, reportTemplates.currentVersion)))
    .where(eq(reportTemplates.archived, false))
    .orderBy(sql`${reportTemplates.builtinKey} is null`, asc(reportTemplates.id));
  return rows.map((r) => {
    const template = { ...r.template, ownerUnitCode: r.ownerUnitCode };
    return summarize(template, r.version, mayEdit(ctx, scope, template));
  });
}

/** A template as of a version (default: the current one). Outlines are not confidential: every user reads them. */
export async function getTemplate(ctx: Context, id: number, version?: number): Promise<TemplateOut> {
  const template = await templateRow(ctx.db, id);
  const wanted = version ?? template.currentVersion;
  const row = await versionOf(ctx.db, id, wanted);
  if (!row) throw notFound('TEMPLATE_VERSION_NOT_FOUND', `Đề cương số ${id} không có phiên bản ${wanted}.`);
  const versions = await ctx.db.select({ version: reportTemplateVersions.version, createdAt: reportTemplateVersions.createdAt, createdBy: usernameOf(sql`${reportTemplateVersions.createdBy}`) })
    .from(reportTemplateVersions)
    .where(eq(reportTemplateVersions.templateId, id)).orderBy(desc(reportTemplateVersions.version));
  return {
    ...summarize(template, row, mayEdit(ctx, await ctx.scope(), template)),
    subject: row.subject, closing: row.closing, outline: row.outline,
    versions: versions.map((v) => ({ version: v.version, createdAt: v.createdAt.toISOString(), createdBy: v.createdBy })),
  };
}

/** Every figure row and draft sentence names indicators of the catalogue (a row may name none, and is typed by the writer). */
export function checkBindings(input: TemplateInput): void {
  const problems = [...walkSections(input.outline)].flatMap(({ section }) => [
    ...section.figureTables.flatMap((t) => t.rows.map(bindingProblem)),
    ...draftPlaceholders(section.draft).map(({ code, part }) => bindingProblem({ label: `câu gợi ý của mục ${section.label} ${section.title}`.replace(/\s+/g, ' '), indicator: code, disaggregation: part ?? undefined })),
  ]).filter((p) => p !== null);
  if (problems.length) throw invalid('TEMPLATE_INDICATOR_UNKNOWN', problems.join(' '), problems.map((message) => ({ field: 'outline', message })));
}

export async function createTemplate(ctx: Context, input: TemplateInput): Promise<TemplateOut> {
  checkBindings(input);
  const id = await ctx.transaction(async (step) => {
    if (!(await mayAuthor(step))) throw forbidden('Chỉ lãnh đạo cấp tỉnh, cấp huyện (hoặc quản trị hệ thống) được tạo đề cương báo cáo.', 'TEMPLATE_AUTHOR_ONLY');
    const tx = step.db;
    const [row] = await tx.insert(reportTemplates).values({ ownerUnitId: ctx.actor.unitId, createdBy: ctx.actor.id }).returning({ id: reportTemplates.id });
    await tx.insert(reportTemplateVersions).values({ templateId: row!.id, version: 1, ...versionValues(input), createdBy: ctx.actor.id });
    await recordAudit(tx, step, { unitId: ctx.actor.unitId, entity: 'report_template', entityId: row!.id, action: 'template.create', after: { title: input.title, reportKind: input.reportKind } });
    return row!.id;
  });
  return getTemplate(ctx, id);
}

/** Saves the edited outline as a new version; requests already sent keep the version they pinned. */
export async function updateTemplate(ctx: Context, id: number, baseVersion: number, input: TemplateInput): Promise<TemplateOut> {
  checkBindings(input);
  await ctx.transaction(async (step) => {
    const tx = step.db;
    const [template] = await tx.select().from(reportTemplates).where(eq(reportTemplates.id, id)).for('update');
    if (!template) throw notFound('TEMPLATE_NOT_FOUND', `Không có đề cương báo cáo số ${id}.`);
    if (!mayEdit(step, await step.scope(), template)) throw forbidden('Bạn không có quyền sửa đề cương này (đề cương có sẵn chỉ quản trị hệ thống sửa được).', 'TEMPLATE_NOT_YOURS');
    if (template.currentVersion !== baseVersion) {
      throw conflict('TEMPLATE_VERSION_CONFLICT', `Đề cương vừa được lưu thành phiên bản ${template.currentVersion} trong khi bạn sửa phiên bản ${baseVersion}. Hãy tải lại rồi sửa tiếp.`, { currentVersion: template.currentVersion });
    }
    const version = baseVersion + 1;
    const before = await versionOf(tx, id, baseVersion);
    await tx.insert(reportTemplateVersions).values({ templateId: id, version, ...versionValues(input), createdBy: ctx.actor.id });
    await tx.update(reportTemplates).set({ currentVersion: version }).where(eq(reportTemplates.id, id));
    await recordAudit(tx, step, {
      unitId: template.ownerUnitId, entity: 'report_template', entityId: id, action: 'template.update',
      before: { version: baseVersion, title: before?.title }, after: { version, title: input.title },
    });
  });
  return getTemplate(ctx, id);
}
