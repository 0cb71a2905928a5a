/** The citizen reception registry (tiếp công dân, đối thoại): each session counted in its period. */
import type { Context } from '../../core/context.js';
import type { Scope } from '../../core/access/rules.js';
import { readableUnit } from '../../units/service.js';
import { registryCrud } from '../kit/crud.js';
import { canCreate, inScope, presentMeta, searchKey, today } from '../kit/records.js';
import { receptionKindLabels } from './rules.js';
import type { ReceptionInput, ReceptionOut, ReceptionPage, ReceptionQuery } from './schema.js';
import * as store from './store.js';
import { receptionSessions as sessions } from './tables.js';

function present(row: store.ReceptionRow, scope: Scope, ctx: Context): ReceptionOut {
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

export async function listReception(ctx: Context, query: ReceptionQuery): Promise<ReceptionPage> {
  const scope = await ctx.scope();
  const unitId = query.unitCode ? (await readableUnit(ctx, query.unitCode)).id : undefined;
  const { items, total } = await store.searchSessions(ctx.db, { inScope: inScope(scope, sessions.unitId), unitId, q: query.q, kind: query.kind, from: query.from, to: query.to }, query.page, query.pageSize, today(ctx));
  return { total, page: query.page, pageSize: query.pageSize, items: items.map((row) => present(row, scope, ctx)), canCreate: canCreate(ctx, scope) };
}

const crud = registryCrud({
  table: sessions, entity: 'reception_session', action: 'reception', registry: 'sổ tiếp công dân', label: (id) => `buổi tiếp công dân số ${id}`,
  find: store.findSession, values: valuesOf, search: searchOf, present, dateOf: (input) => input.heldOn,
});
export const { get: getReception, create: createReception, update: updateReception, remove: deleteReception, markIllustrative: markReceptionIllustrative } = crud;
