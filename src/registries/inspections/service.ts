/** The inspection and supervision registry (kiểm tra, giám sát): each session counted in its period, its recommendations followed to the end. */
import type { Context } from '../../core/context.js';
import type { Scope } from '../../core/access/rules.js';
import { datedRegistry } from '../kit/dated-registry.js';
import { dayOrderProblem, refuseProblems } from '../kit/problems.js';
import { presentMeta, searchKey, type RecordRow } from '../kit/records.js';
import { followUpLabels, followUpOf, inspectionKindLabels, inspectorLabels } from './rules.js';
import type { InspectionInput, InspectionOut, InspectionQuery } from './schema.js';
import { inspections } from './tables.js';

function present(row: RecordRow<typeof inspections>, scope: Scope, ctx: Context): InspectionOut {
  const inspector = row.inspector as InspectionOut['inspector'];
  const kind = row.kind as InspectionOut['kind'];
  const followUpStatus = followUpOf(row);
  return {
    ...presentMeta(row, ctx, scope), heldOn: row.heldOn, inspector, inspectorName: inspectorLabels[inspector], kind, kindName: inspectionKindLabels[kind],
    subject: row.subject, findings: row.findings, recommendations: row.recommendations, followUp: row.followUp, settledOn: row.settledOn,
    followUpStatus, followUpName: followUpLabels[followUpStatus],
  };
}

const valuesOf = (i: InspectionInput) => ({
  heldOn: i.heldOn, inspector: i.inspector, kind: i.kind, subject: i.subject, findings: i.findings, recommendations: i.recommendations, followUp: i.followUp, settledOn: i.settledOn,
});
const searchOf = (i: InspectionInput) => searchKey(i.subject, i.findings, i.recommendations, inspectorLabels[i.inspector], inspectionKindLabels[i.kind]);
const checkDays = (_: Context, i: InspectionInput) => refuseProblems([
  ...dayOrderProblem({ day: i.heldOn, name: 'Ngày kiểm tra, giám sát' }, { day: i.settledOn, name: 'Ngày thực hiện xong kiến nghị', field: 'settledOn' }),
  ...(i.settledOn && !i.recommendations ? [{ code: 'RECORD_DATE_ORDER' as const, field: 'settledOn', message: 'Chưa ghi kiến nghị nào thì chưa có ngày thực hiện xong kiến nghị.' }] : []),
]);

const registry = datedRegistry<InspectionInput, RecordRow<typeof inspections>, InspectionOut, InspectionQuery>({
  table: inspections, entity: 'inspection', action: 'inspection', registry: 'sổ kiểm tra, giám sát', label: (id) => `cuộc kiểm tra, giám sát số ${id}`,
  day: inspections.heldOn, coded: { inspector: inspections.inspector, kind: inspections.kind }, values: valuesOf, search: searchOf, present, check: checkDays,
  dateOf: (input) => input.heldOn,
});
export const { list: listInspections, get: getInspection, create: createInspection, update: updateInspection, remove: deleteInspection, markIllustrative: markInspectionsIllustrative } = registry;
