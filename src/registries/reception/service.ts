/** The citizen reception registry (tiếp công dân, đối thoại): each session counted in its period. */
import type { Context } from '../../core/context.js';
import type { Scope } from '../../core/access/rules.js';
import { datedRegistry } from '../kit/dated-registry.js';
import { presentMeta, searchKey, type RecordRow } from '../kit/records.js';
import { receptionKindLabels } from './rules.js';
import { receptionInput, type ReceptionInput, type ReceptionOut, type ReceptionQuery } from './schema.js';
import { receptionSessions as sessions } from './tables.js';

function present(row: RecordRow<typeof sessions>, scope: Scope, ctx: Context): ReceptionOut {
  const kind = row.kind as ReceptionOut['kind'];
  return {
    ...presentMeta(row, ctx, scope), heldOn: row.heldOn, kind, kindName: receptionKindLabels[kind], host: row.host, hostRole: row.hostRole,
    place: row.place, citizens: row.citizens, letters: row.letters, notes: row.notes,
  };
}

const valuesOf = (i: ReceptionInput) => ({
  heldOn: i.heldOn, kind: i.kind, host: i.host, hostRole: i.hostRole, place: i.place, citizens: i.citizens, letters: i.letters, notes: i.notes,
});
const searchOf = (i: ReceptionInput) => searchKey(i.host, i.hostRole, i.place, receptionKindLabels[i.kind], i.notes);

export const receptionRegistry = datedRegistry<ReceptionInput, RecordRow<typeof sessions>, ReceptionOut, ReceptionQuery>({
  table: sessions, entity: 'reception_session', action: 'reception', registry: 'sổ tiếp công dân', label: (id) => `buổi tiếp công dân số ${id}`,
  day: sessions.heldOn, coded: { kind: sessions.kind }, values: valuesOf, search: searchOf, present, dateOf: (input) => input.heldOn,
  schema: receptionInput,
  sheet: {
    title: 'Sổ tiếp công dân',
    columns: [
      { header: 'Ngày tiếp', field: 'heldOn', kind: 'day', required: true },
      { header: 'Hình thức', field: 'kind', kind: 'choice', choices: receptionKindLabels, required: true },
      { header: 'Người chủ trì', field: 'host', kind: 'text' },
      { header: 'Chức vụ', field: 'hostRole', kind: 'text' },
      { header: 'Địa điểm', field: 'place', kind: 'text' },
      { header: 'Số lượt công dân', field: 'citizens', kind: 'count' },
      { header: 'Số đơn nhận', field: 'letters', kind: 'count' },
      { header: 'Ghi chú', field: 'notes', kind: 'text' },
    ],
  },
});
export const { list: listReception, get: getReception, create: createReception, update: updateReception, remove: deleteReception, markIllustrative: markReceptionIllustrative } = receptionRegistry;
