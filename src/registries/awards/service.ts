/**
 * The awards registry (khen thưởng): each decision is registered in the document registry as it is
 * recorded (so reports cite it in the official form), and counted by whom it commends in its period.
 */
import type { Context } from '../../core/context.js';
import type { Scope } from '../../core/access/rules.js';
import { invalid } from '../../core/errors.js';
import { documentIdFor } from '../../documents/service.js';
import { committeeShortName } from '../../content/document-rules.js';
import { unitNamingAsOf } from '../../units/service.js';
import { datedRegistry } from '../kit/dated-registry.js';
import { refuseProblems } from '../kit/problems.js';
import { presentMeta, searchKey, type RecordRow } from '../kit/records.js';
import { modelUnitOf } from '../models/sql.js';
import { awardFormLabels, hasRecipients } from './rules.js';
import { awardInput, type AwardInput, type AwardOut, type AwardQuery } from './schema.js';
import { awards } from './tables.js';

function present(row: RecordRow<typeof awards>, scope: Scope, ctx: Context): AwardOut {
  const form = row.form as AwardOut['form'];
  return {
    ...presentMeta(row, ctx, scope), decidedOn: row.decidedOn, decisionNumber: row.decisionNumber, issuer: row.issuer, documentId: row.documentId, form, formName: awardFormLabels[form],
    individuals: row.individuals, collectives: row.collectives, households: row.households, recipients: row.recipients, reason: row.reason,
    movement: row.movement, modelId: row.modelId,
  };
}

const valuesOf = (i: AwardInput) => ({
  decidedOn: i.decidedOn, decisionNumber: i.decisionNumber, issuer: i.issuer, form: i.form, individuals: i.individuals, collectives: i.collectives, households: i.households,
  recipients: i.recipients, reason: i.reason, movement: i.movement, modelId: i.modelId,
});
const searchOf = (i: AwardInput) => searchKey(i.decisionNumber, i.recipients, i.reason, i.movement, awardFormLabels[i.form]);
const checkRecipients = (_: Context, i: AwardInput) => refuseProblems(hasRecipients(i) ? [] : [
  { code: 'AWARD_NO_RECIPIENT', field: 'individuals', message: 'Quyết định khen thưởng phải có ít nhất một cá nhân, tập thể hoặc hộ gia đình.' },
]);

/** The decision goes to the document registry (found there when already registered); a linked model must be the unit's own. */
async function prepare(tx: Context, i: AwardInput, unitId: number) {
  if (i.modelId !== null && (await modelUnitOf(tx.db, i.modelId)) !== unitId) {
    const message = `Mô hình số ${i.modelId} không có trong sổ mô hình của đơn vị này.`;
    throw invalid('AWARD_MODEL_OTHER_UNIT', message, [{ field: 'modelId', message }]);
  }
  const naming = await unitNamingAsOf(tx.db, unitId, i.decidedOn);
  const issuer = i.issuer ?? (naming ? committeeShortName(naming) : '');
  const documentId = await documentIdFor(tx, { numberText: i.decisionNumber, kind: 'Quyết định', issuedOn: i.decidedOn, issuer, summary: i.reason });
  return { documentId };
}

export const awardRegistry = datedRegistry<AwardInput, RecordRow<typeof awards>, AwardOut, AwardQuery>({
  table: awards, entity: 'award', action: 'award', registry: 'sổ khen thưởng', label: (id) => `quyết định khen thưởng số ${id} trong sổ`,
  day: awards.decidedOn, coded: { form: awards.form }, values: valuesOf, search: searchOf, present, check: checkRecipients, dateOf: (input) => input.decidedOn, prepare,
  schema: awardInput,
  sheet: {
    title: 'Sổ khen thưởng',
    columns: [
      { header: 'Ngày quyết định', field: 'decidedOn', kind: 'day', required: true },
      { header: 'Số quyết định', field: 'decisionNumber', kind: 'text', required: true },
      { header: 'Cơ quan ban hành', field: 'issuer', kind: 'text' },
      { header: 'Hình thức', field: 'form', kind: 'choice', choices: awardFormLabels },
      { header: 'Số cá nhân', field: 'individuals', kind: 'count' },
      { header: 'Số tập thể', field: 'collectives', kind: 'count' },
      { header: 'Số hộ gia đình', field: 'households', kind: 'count' },
      { header: 'Danh sách được khen thưởng', field: 'recipients', kind: 'text' },
      { header: 'Thành tích', field: 'reason', kind: 'text', required: true },
      { header: 'Phong trào thi đua', field: 'movement', kind: 'text' },
    ],
  },
});
export const { list: listAwards, get: getAward, create: createAward, update: updateAward, remove: deleteAward, markIllustrative: markAwardsIllustrative } = awardRegistry;
