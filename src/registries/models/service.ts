/** The "Dân vận khéo" registry: read through the tree as it was, written by the units that keep the model's unit today. */
import type { Context } from '../../core/context.js';
import { errorOf } from '../../core/errors.js';
import type { Scope } from '../../core/access/rules.js';
import { readableUnit } from '../../units/service.js';
import { registryCrud } from '../kit/crud.js';
import { registrySheets } from '../kit/sheets.js';
import { canCreate, inScope, presentMeta, searchKey, today } from '../kit/records.js';
import { modelFieldLabels, modelLevelLabels, modelOwnerLabels, modelProblems, modelStatusLabels } from './rules.js';
import { modelInput, type ModelInput, type ModelOut, type ModelPage, type ModelQuery } from './schema.js';
import * as store from './store.js';
import { mobilizationModels as models } from './tables.js';

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

const searchOf = (input: ModelInput) => searchKey(input.name, input.ownerDetail, modelOwnerLabels[input.owner], input.village);

function valuesOf(input: ModelInput) {
  return {
    name: input.name, owner: input.owner, ownerDetail: input.ownerDetail, field: input.field, level: input.level, startYear: input.startYear,
    village: input.village, description: input.description, results: input.results, status: input.status, stoppedYear: input.stoppedYear,
    recognition: input.recognition,
  };
}

function checkYears(ctx: Context, input: ModelInput) {
  const problems = modelProblems(input, Number(today(ctx).slice(0, 4)));
  if (problems.length) throw errorOf(problems[0]!.code, problems.map((p) => p.message).join(' '), problems.map((p) => ({ field: p.field, message: p.message })));
}

async function search(ctx: Context, query: Omit<ModelQuery, 'page' | 'pageSize'>, page: number, pageSize: number) {
  const scope = await ctx.scope();
  const unitId = query.unitCode ? (await readableUnit(ctx, query.unitCode)).id : undefined;
  const found = await store.searchModels(ctx.db, {
    inScope: inScope(scope, models.unitId), unitId, q: query.q, field: query.field, owner: query.owner, status: query.status, year: query.year,
  }, page, pageSize, today(ctx));
  return { scope, ...found };
}

export async function listModels(ctx: Context, query: ModelQuery): Promise<ModelPage> {
  const { scope, items, total } = await search(ctx, query, query.page, query.pageSize);
  return { total, page: query.page, pageSize: query.pageSize, items: items.map((row) => present(row, scope, ctx)), canCreate: canCreate(ctx, scope) };
}

const crud = registryCrud({
  table: models, entity: 'mobilization_model', action: 'model', registry: 'sổ mô hình', label: (id) => `mô hình số ${id}`,
  find: store.findModel, values: valuesOf, search: searchOf, present, check: checkYears,
});
export const { get: getModel, create: createModel, update: updateModel, remove: deleteModel, markIllustrative: markModelIllustrative } = crud;

const sheets = registrySheets<ModelInput, Omit<ModelQuery, 'page' | 'pageSize'>>({
  title: 'Sổ mô hình Dân vận khéo',
  columns: [
    { header: 'Tên mô hình', field: 'name', kind: 'text', required: true },
    { header: 'Tổ chức thực hiện', field: 'owner', kind: 'choice', choices: modelOwnerLabels, required: true },
    { header: 'Tên tổ chức', field: 'ownerDetail', kind: 'text' },
    { header: 'Lĩnh vực', field: 'field', kind: 'choice', choices: modelFieldLabels, required: true },
    { header: 'Cấp công nhận', field: 'level', kind: 'choice', choices: modelLevelLabels },
    { header: 'Năm bắt đầu', field: 'startYear', kind: 'count', required: true },
    { header: 'Thôn, tổ dân phố', field: 'village', kind: 'text' },
    { header: 'Nội dung, cách làm', field: 'description', kind: 'text' },
    { header: 'Kết quả', field: 'results', kind: 'text' },
    { header: 'Tình trạng', field: 'status', kind: 'choice', choices: modelStatusLabels },
    { header: 'Năm dừng', field: 'stoppedYear', kind: 'count' },
    { header: 'Ghi nhận, khen thưởng', field: 'recognition', kind: 'text' },
  ],
  schema: modelInput, crud, rows: async (tx, query, limit) => (await search(tx, query, 1, limit)).items,
});

/** The registry as the generic routes serve it. */
export const modelRegistry = { list: listModels, get: getModel, create: createModel, update: updateModel, remove: deleteModel, ...sheets };
