/** The outreach registry (tuyên truyền, phổ biến): the sessions a unit held, each counted in its period. */
import type { Context } from '../../core/context.js';
import type { Scope } from '../../core/access/rules.js';
import { readableUnit } from '../../units/service.js';
import { organisationLabels } from '../kit/organisations.js';
import { registryCrud } from '../kit/crud.js';
import { canCreate, inScope, presentMeta, searchKey, today } from '../kit/records.js';
import { outreachFormLabels } from './rules.js';
import type { OutreachInput, OutreachOut, OutreachPage, OutreachQuery } from './schema.js';
import * as store from './store.js';
import { outreachSessions as sessions } from './tables.js';

function present(row: store.OutreachRow, scope: Scope, ctx: Context): OutreachOut {
  const form = row.form as OutreachOut['form'];
  const organiser = row.organiser as OutreachOut['organiser'];
  return {
    ...presentMeta(row, ctx, scope), heldOn: row.heldOn, topic: row.topic, form, formName: outreachFormLabels[form], organiser,
    organiserName: organisationLabels[organiser], village: row.village, participants: row.participants, estimated: row.estimated, notes: row.notes,
  };
}

const valuesOf = (i: OutreachInput) => ({
  heldOn: i.heldOn, topic: i.topic, form: i.form, organiser: i.organiser, village: i.village, participants: i.participants, estimated: i.estimated, notes: i.notes,
});
const searchOf = (i: OutreachInput) => searchKey(i.topic, i.village, outreachFormLabels[i.form], organisationLabels[i.organiser]);

export async function listOutreach(ctx: Context, query: OutreachQuery): Promise<OutreachPage> {
  const scope = await ctx.scope();
  const unitId = query.unitCode ? (await readableUnit(ctx, query.unitCode)).id : undefined;
  const { items, total } = await store.searchSessions(ctx.db, { inScope: inScope(scope, sessions.unitId), unitId, q: query.q, form: query.form, from: query.from, to: query.to }, query.page, query.pageSize, today(ctx));
  return { total, page: query.page, pageSize: query.pageSize, items: items.map((row) => present(row, scope, ctx)), canCreate: canCreate(ctx, scope) };
}

const crud = registryCrud({
  table: sessions, entity: 'outreach_session', action: 'outreach', registry: 'sổ tuyên truyền', label: (id) => `đợt tuyên truyền số ${id}`,
  find: store.findSession, values: valuesOf, search: searchOf, present, dateOf: (input) => input.heldOn,
});
export const { get: getOutreach, create: createOutreach, update: updateOutreach, remove: deleteOutreach, markIllustrative: markOutreachIllustrative } = crud;
