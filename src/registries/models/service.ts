/** The "Dân vận khéo" registry: read through the tree as it was, written by the units that keep the model's unit today. */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Context } from '../../core/context.js';
import { conflict, errorOf, forbidden, notFound } from '../../core/errors.js';
import { recordAudit } from '../../core/audit/writer.js';
import { canRead, canWrite, type Scope } from '../../core/access/rules.js';
import { todayIso } from '../../core/vi-format.js';
import { readableUnit } from '../../units/service.js';
import { modelFieldLabels, modelOwnerLabels, modelProblems, modelStatusLabels } from './rules.js';
import type { ModelInput, ModelOut, ModelPage, ModelQuery, ModelUpdate } from './schema.js';
import * as store from './store.js';
import { mobilizationModels as models } from './tables.js';

function present(row: store.ModelRow, scope: Scope, ctx: Context): ModelOut {
  return {
    id: row.id, unitCode: row.unitCode, unitName: row.unitName, name: row.name,
    owner: row.owner as ModelOut['owner'], ownerDetail: row.ownerDetail,
    ownerName: row.ownerDetail ?? modelOwnerLabels[row.owner as ModelOut['owner']],
    field: row.field as ModelOut['field'], fieldName: modelFieldLabels[row.field as ModelOut['field']],
    level: row.level as ModelOut['level'], startYear: row.startYear, village: row.village, description: row.description,
    results: row.results, status: row.status as ModelOut['status'], statusName: modelStatusLabels[row.status as ModelOut['status']],
    stoppedYear: row.stoppedYear, recognition: row.recognition, illustrative: row.illustrative, version: row.version,
    updatedAt: row.updatedAt.toISOString(), updatedBy: row.updatedByName,
    deleted: row.deletedAt ? { at: row.deletedAt.toISOString(), by: row.deletedByName, reason: row.deleteReason ?? '' } : null,
    canEdit: !row.deletedAt && canWrite(ctx.actor, scope, row.unitId),
  };
}

/** What the audit log keeps of a model: its fields, not the bookkeeping. */
const auditView = (row: Pick<typeof models.$inferSelect, keyof ReturnType<typeof valuesOf>>) => ({
  name: row.name, owner: row.owner, ownerDetail: row.ownerDetail, field: row.field, level: row.level, startYear: row.startYear,
  village: row.village, description: row.description, results: row.results, status: row.status, stoppedYear: row.stoppedYear,
  recognition: row.recognition,
});

function valuesOf(input: ModelInput) {
  return {
    name: input.name, owner: input.owner, ownerDetail: input.ownerDetail, field: input.field, level: input.level, startYear: input.startYear,
    village: input.village, description: input.description, results: input.results, status: input.status, stoppedYear: input.stoppedYear,
    recognition: input.recognition,
    searchText: store.searchKey(input.name, input.ownerDetail, modelOwnerLabels[input.owner], input.village),
  };
}

function checkYears(ctx: Context, input: ModelInput) {
  const problems = modelProblems(input, Number(todayIso(ctx.now()).slice(0, 4)));
  if (problems.length) throw errorOf(problems[0]!.code, problems.map((p) => p.message).join(' '), problems.map((p) => ({ field: p.field, message: p.message })));
}

async function writableUnit(ctx: Context, code: string) {
  const unit = await readableUnit(ctx, code);
  if (!canWrite(ctx.actor, await ctx.scope(), unit.id)) {
    throw forbidden(`Bạn chỉ có quyền xem, không được ghi sổ mô hình của đơn vị mã "${code}".`, 'READ_ONLY');
  }
  return unit;
}

/** A model the caller reads, or 404: a model outside the scope is not there for them. */
async function readable(ctx: Context, id: number, { lock = false } = {}) {
  const row = await store.findModel(ctx.db, id, todayIso(ctx.now()), { lock });
  if (!row || !canRead(await ctx.scope(), row.unitId)) throw notFound('MODEL_NOT_FOUND', `Không tìm thấy mô hình số ${id}.`);
  return row;
}

async function editable(ctx: Context, id: number, version: number) {
  const row = await readable(ctx, id, { lock: true });
  if (row.deletedAt || !canWrite(ctx.actor, await ctx.scope(), row.unitId)) {
    throw forbidden(row.deletedAt ? `Mô hình "${row.name}" đã bị xóa.` : `Bạn chỉ có quyền xem mô hình "${row.name}".`, 'READ_ONLY');
  }
  if (row.version !== version) {
    throw conflict('MODEL_VERSION_CONFLICT',
      `Mô hình "${row.name}" vừa được ${row.updatedByName ?? 'người khác'} lưu thành phiên bản ${row.version} trong khi bạn sửa phiên bản ${version}. Hãy tải lại để xem bản mới rồi sửa tiếp.`,
      { currentVersion: row.version });
  }
  return row;
}

export async function listModels(ctx: Context, query: ModelQuery): Promise<ModelPage> {
  const scope = await ctx.scope();
  const unitId = query.unitCode ? (await readableUnit(ctx, query.unitCode)).id : undefined;
  const today = todayIso(ctx.now());
  const { items, total } = await store.searchModels(ctx.db, {
    // The ids the scope query loaded: an index lookup per unit, where the recursive query inside the
    // filter made PostgreSQL scan every model of the country (npm run bench).
    readable: scope.all ? 'all' : [...scope.readable], unitId,
    q: query.q, field: query.field, owner: query.owner, status: query.status, year: query.year,
  }, query.page, query.pageSize, today);
  const canCreate = scope.all || (ctx.actor.roles.some((r) => r === 'manager' || r === 'editor') && scope.writable.size > 0);
  return { total, page: query.page, pageSize: query.pageSize, items: items.map((row) => present(row, scope, ctx)), canCreate };
}

export async function getModel(ctx: Context, id: number): Promise<ModelOut> {
  return present(await readable(ctx, id), await ctx.scope(), ctx);
}

export async function createModel(ctx: Context, input: ModelInput): Promise<ModelOut> {
  checkYears(ctx, input);
  return ctx.transaction(async (tx) => {
    const unit = await writableUnit(tx, input.unitCode);
    const [row] = await tx.db.insert(models).values({ unitId: unit.id, ...valuesOf(input), createdBy: tx.actor.id, updatedBy: tx.actor.id }).returning();
    await recordAudit(tx.db, tx, { unitId: unit.id, entity: 'mobilization_model', entityId: row!.id, action: 'model.create', after: auditView(row!) });
    return getModel(tx, row!.id);
  });
}

export async function updateModel(ctx: Context, id: number, input: ModelUpdate): Promise<ModelOut> {
  checkYears(ctx, input);
  return ctx.transaction(async (tx) => {
    const before = await editable(tx, id, input.version);
    // Moving a model to another unit needs the right to write there too.
    const unit = before.unitCode === input.unitCode ? { id: before.unitId } : await writableUnit(tx, input.unitCode);
    const [after] = await tx.db.update(models)
      .set({ unitId: unit.id, ...valuesOf(input), version: sql`${models.version} + 1`, updatedBy: tx.actor.id, updatedAt: new Date() })
      .where(eq(models.id, id)).returning();
    await recordAudit(tx.db, tx, { unitId: unit.id, entity: 'mobilization_model', entityId: id, action: 'model.update', before: auditView(before), after: auditView(after!) });
    return getModel(tx, id);
  });
}

/** Soft delete: counts made before it stay traceable; the reason is kept and audited. */
export async function deleteModel(ctx: Context, id: number, input: { reason: string; version: number }): Promise<ModelOut> {
  return ctx.transaction(async (tx) => {
    const before = await editable(tx, id, input.version);
    await tx.db.update(models)
      .set({ deletedAt: new Date(), deletedBy: tx.actor.id, deleteReason: input.reason, version: sql`${models.version} + 1`, updatedBy: tx.actor.id, updatedAt: new Date() })
      .where(eq(models.id, id));
    await recordAudit(tx.db, tx, { unitId: before.unitId, entity: 'mobilization_model', entityId: id, action: 'model.delete', before: auditView(before), after: { reason: input.reason } });
    return getModel(tx, id);
  });
}

/** The demo's models: their fields are our reading of the seeds, shown as "dữ liệu minh họa". */
export async function markModelsIllustrative(ctx: Context, ids: readonly number[]): Promise<void> {
  if (ids.length) await ctx.db.update(models).set({ illustrative: true }).where(inArray(models.id, [...ids]));
}
