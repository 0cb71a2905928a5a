/**
 * The officer in charge of dân vận work (cán bộ phụ trách công tác dân vận chính quyền, Quy chế công tác
 * dân vận của hệ thống chính trị, Quyết định 23-QĐ/TW 2021): each assignment with its decision, registered
 * in the document registry, and its dates; seed 004's section 2.2 reports on it.
 */
import type { Context } from '../../core/context.js';
import type { Scope } from '../../core/access/rules.js';
import { committeeShortName } from '../../content/document-rules.js';
import { documentIdFor } from '../../documents/service.js';
import { unitNamingAsOf } from '../../units/service.js';
import { datedRegistry } from '../kit/dated-registry.js';
import { dayOrderProblem, refuseProblems } from '../kit/problems.js';
import { presentMeta, searchKey, today, type RecordRow } from '../kit/records.js';
import { officerInput, type OfficerInput, type OfficerOut, type OfficerQuery } from './schema.js';
import { officerAssignments as assignments } from './tables.js';

function present(row: RecordRow<typeof assignments>, scope: Scope, ctx: Context): OfficerOut {
  const now = today(ctx);
  return {
    ...presentMeta(row, ctx, scope), fullName: row.fullName, position: row.position, duties: row.duties, decisionNumber: row.decisionNumber,
    decidedOn: row.decidedOn, documentId: row.documentId, fromOn: row.fromOn, toOn: row.toOn, current: !row.deletedAt && row.fromOn <= now && (row.toOn === null || row.toOn >= now),
  };
}

const valuesOf = (i: OfficerInput) => ({
  fullName: i.fullName, position: i.position, duties: i.duties, decisionNumber: i.decisionNumber, decidedOn: i.decidedOn, fromOn: i.fromOn, toOn: i.toOn,
});
const searchOf = (i: OfficerInput) => searchKey(i.fullName, i.position, i.duties, i.decisionNumber);
const checkDays = (_: Context, i: OfficerInput) => refuseProblems([
  ...dayOrderProblem({ day: i.fromOn, name: 'Ngày bắt đầu phụ trách' }, { day: i.toOn, name: 'Ngày thôi phụ trách', field: 'toOn' }),
  ...(i.decidedOn && !i.decisionNumber ? [{ code: 'RECORD_FIELD_MISSING' as const, field: 'decisionNumber', message: 'Có ngày quyết định thì cần số, ký hiệu của quyết định phân công.' }] : []),
]);

/** The assignment decision goes to the document registry (found there when already registered). */
async function prepare(tx: Context, i: OfficerInput, unitId: number) {
  if (!i.decisionNumber) return { documentId: null };
  const issuedOn = i.decidedOn ?? i.fromOn;
  const naming = await unitNamingAsOf(tx.db, unitId, issuedOn);
  const summary = `phân công cán bộ phụ trách công tác dân vận chính quyền${i.fullName ? ` (${i.fullName})` : ''}`;
  return { documentId: await documentIdFor(tx, { numberText: i.decisionNumber, kind: null, issuedOn, issuer: naming ? committeeShortName(naming) : '', summary }) };
}

export const officerRegistry = datedRegistry<OfficerInput, RecordRow<typeof assignments>, OfficerOut, OfficerQuery>({
  table: assignments, entity: 'officer_assignment', action: 'officer', registry: 'sổ cán bộ phụ trách công tác dân vận', label: (id) => `phân công cán bộ phụ trách số ${id}`,
  day: assignments.fromOn, values: valuesOf, search: searchOf, present, check: checkDays, dateOf: (input) => input.fromOn, prepare,
  schema: officerInput,
  sheet: {
    title: 'Cán bộ phụ trách dân vận',
    columns: [
      { header: 'Họ và tên', field: 'fullName', kind: 'text', required: true },
      { header: 'Chức vụ', field: 'position', kind: 'text' },
      { header: 'Nhiệm vụ được phân công', field: 'duties', kind: 'text' },
      { header: 'Số quyết định phân công', field: 'decisionNumber', kind: 'text' },
      { header: 'Ngày quyết định', field: 'decidedOn', kind: 'day' },
      { header: 'Ngày bắt đầu phụ trách', field: 'fromOn', kind: 'day', required: true },
      { header: 'Ngày thôi phụ trách', field: 'toOn', kind: 'day' },
    ],
  },
});
export const { list: listOfficers, get: getOfficer, create: createOfficer, update: updateOfficer, remove: deleteOfficer, markIllustrative: markOfficersIllustrative } = officerRegistry;
