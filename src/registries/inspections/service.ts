/** The inspection and supervision registry (kiểm tra, giám sát): each session counted in its period, its recommendations followed to the end. */
import type { Context } from '../../core/context.js';
import type { Scope } from '../../core/access/rules.js';
import { datedRegistry } from '../kit/dated-registry.js';
import { dayOrderProblem, refuseProblems } from '../kit/problems.js';
import { presentMeta, searchKey, type RecordRow } from '../kit/records.js';
import { followUpLabels, followUpOf, inspectionKindLabels, inspectorLabels } from './rules.js';
import { inspectionInput, type InspectionInput, type InspectionOut, type InspectionQuery } from './schema.js';
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
  ...(i.settledOn && !i.recommendations ? [{ code: 'RECORD_FIELD_MISSING' as const, field: 'settledOn', message: 'Chưa ghi kiến nghị nào thì chưa có ngày thực hiện xong kiến nghị.' }] : []),
]);

export const inspectionRegistry = datedRegistry<InspectionInput, RecordRow<typeof inspections>, InspectionOut, InspectionQuery>({
  table: inspections, entity: 'inspection', action: 'inspection', registry: 'sổ kiểm tra, giám sát', label: (id) => `cuộc kiểm tra, giám sát số ${id}`,
  day: inspections.heldOn, coded: { inspector: inspections.inspector, kind: inspections.kind }, values: valuesOf, search: searchOf, present, check: checkDays,
  dateOf: (input) => input.heldOn,
  schema: inspectionInput,
  sheet: {
    title: 'Sổ kiểm tra, giám sát',
    columns: [
      { header: 'Ngày kiểm tra, giám sát', field: 'heldOn', kind: 'day', required: true },
      { header: 'Cơ quan kiểm tra, giám sát', field: 'inspector', kind: 'choice', choices: inspectorLabels, required: true },
      { header: 'Loại', field: 'kind', kind: 'choice', choices: inspectionKindLabels, required: true },
      { header: 'Nội dung', field: 'subject', kind: 'text', required: true },
      { header: 'Kết quả, nhận xét', field: 'findings', kind: 'text' },
      { header: 'Kiến nghị', field: 'recommendations', kind: 'text' },
      { header: 'Việc thực hiện kiến nghị', field: 'followUp', kind: 'text' },
      { header: 'Ngày thực hiện xong kiến nghị', field: 'settledOn', kind: 'day' },
    ],
  },
});
export const { list: listInspections, get: getInspection, create: createInspection, update: updateInspection, remove: deleteInspection, markIllustrative: markInspectionsIllustrative } = inspectionRegistry;
