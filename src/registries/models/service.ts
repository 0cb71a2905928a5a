/** The "Dân vận khéo" registry: read through the tree as it was, written by the units that keep the model's unit today. */
import { eq, inArray } from 'drizzle-orm';
import type { Context } from '../../core/context.js';
import { errorOf } from '../../core/errors.js';
import { recordAudit } from '../../core/audit/writer.js';
import type { Scope } from '../../core/access/rules.js';
import { readableUnit } from '../../units/service.js';
import { canCreate, deletion, edited, editableRecord, inScope, presentMeta, readableRecord, searchKey, today, writableUnit } from '../kit/records.js';
import type { DeleteInput } from '../kit/schema.js';
import { modelFieldLabels, modelOwnerLabels, modelProblems, modelStatusLabels } from './rules.js';
import type { ModelInput, ModelOut, ModelPage, ModelQuery, ModelUpdate } from './schema.js';
import * as store from './store.js';
import { mobilizationModels as models } from './tables.js';

const registry = 'sổ mô hình';

function present(row: store.ModelRow, scope: Scope, ctx: Context): ModelOut {
  const owner = row.owner as ModelOut['owner'];
  const field = row.field as ModelOut['field'];
  const status = row.status as ModelOut['status'];
  return {
    ...presentMeta(row, ctx, scope), name: row.name, owner, ownerDetail: row.ownerDetail, ownerName: row.ownerDetail ?? modelOwnerLabels[owner],
    field, fieldName: modelFieldLabels[field], level: row.level as ModelOut['level'], startYear: row.startYear, village: row.village,
    description: row.description, results: row.results, status, statusName: modelStatusLabels[status], stoppedYear: row.stoppedYear,
    recognition: row.recognition,
  };
}

function valuesOf(input: ModelInput) {
  return {
    name: input.name, owner: input.owner, ownerDetail: input.ownerDetail, field: input.field, level: input.level, startYear: input.startYear,
    village: input.village, description: input.description, results: input.results, status: input.status, stoppedYear: input.stoppedYear,
    recognition: input.recognition,
  };
}

/** What the audit log keeps of a model: its fields, not the bookkeeping. */
const auditView = (row: store.ModelRow) => valuesOf({ ...row, unitCode: row.unitCode } as ModelInput);

function checkYears(ctx: Context, input: ModelInput) {
  const problems = modelProblems(input, Number(today(ctx).slice(0, 4)));
  if (problems.length) throw errorOf(problems[0]!.code, problems.map((p) => p.message).join(' '), problems.map((p) => ({ field: p.field, message: p.message })));
}

const label = (id: number) => `mô hình số ${id}`;

export async function listModels(ctx: Context, query: ModelQuery): Promise<ModelPage> {
  const scope = await ctx.scope();
  const unitId = query.unitCode ? (await readableUnit(ctx, query.unitCode)).id : undefined;
  const { items, total } = await store.searchModels(ctx.db, {
    inScope: inScope(scope, models.unitId), unitId, q: query.q, field: query.field, owner: query.owner, status: query.status, year: query.year,
  }, query.page, query.pageSize, today(ctx));
  return { total, page: query.page, pageSize: query.pageSize, items: items.map((row) => present(row, scope, ctx)), canCreate: canCreate(ctx, scope) };
}

export async function getModel(ctx: Context, id: number): Promise<ModelOut> {
  return present(await readableRecord(ctx, await store.findModel(ctx.db, id, today(ctx)), label(id)), await ctx.scope(), ctx);
}

export async function createModel(ctx: Context, input: ModelInput): Promise<ModelOut> {
  checkYears(ctx, input);
  return ctx.transaction(async (tx) => {
    const unit = await writableUnit(tx, input.unitCode, registry);
    const values = valuesOf(input);
    const [row] = await tx.db.insert(models).values({ unitId: unit.id, ...values, searchText: searchOf(input), createdBy: tx.actor.id, updatedBy: tx.actor.id }).returning();
    await recordAudit(tx.db, tx, { unitId: unit.id, entity: 'mobilization_model', entityId: row!.id, action: 'model.create', after: values });
    return getModel(tx, row!.id);
  });
}

const searchOf = (input: ModelInput) => searchKey(input.name, input.ownerDetail, modelOwnerLabels[input.owner], input.village);

export async function updateModel(ctx: Context, id: number, input: ModelUpdate): Promise<ModelOut> {
  checkYears(ctx, input);
  return ctx.transaction(async (tx) => {
    const before = await editableRecord(tx, await store.findModel(tx.db, id, today(tx), { lock: true }), input.version, label(id));
    // Moving a model to another unit needs the right to write there too.
    const unitId = before.unitCode === input.unitCode ? before.unitId : (await writableUnit(tx, input.unitCode, registry)).id;
    const values = valuesOf(input);
    await tx.db.update(models).set({ unitId, ...values, searchText: searchOf(input), ...edited(models, tx.actor.id) }).where(eq(models.id, id));
    await recordAudit(tx.db, tx, { unitId, entity: 'mobilization_model', entityId: id, action: 'model.update', before: auditView(before), after: values });
    return getModel(tx, id);
  });
}

/** Soft delete: counts made before it stay traceable; the reason is kept and audited. */
export async function deleteModel(ctx: Context, id: number, input: DeleteInput): Promise<ModelOut> {
  return ctx.transaction(async (tx) => {
    const before = await editableRecord(tx, await store.findModel(tx.db, id, today(tx), { lock: true }), input.version, label(id));
    await tx.db.update(models).set(deletion(models, tx.actor.id, input.reason)).where(eq(models.id, id));
    await recordAudit(tx.db, tx, { unitId: before.unitId, entity: 'mobilization_model', entityId: id, action: 'model.delete', before: auditView(before), after: { reason: input.reason } });
    return getModel(tx, id);
  });
}

/** The demo's models: their fields are our reading of the seeds, shown as "dữ liệu minh họa". */
export async function markModelsIllustrative(ctx: Context, ids: readonly number[]): Promise<void> {
  if (ids.length) await ctx.db.update(models).set({ illustrative: true }).where(inArray(models.id, [...ids]));
}
