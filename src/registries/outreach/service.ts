/** The outreach registry (tuyên truyền, phổ biến): the sessions a unit held, each counted in its period. */
import type { Context } from '../../core/context.js';
import type { Scope } from '../../core/access/rules.js';
import { organisationLabels } from '../kit/organisations.js';
import { datedRegistry } from '../kit/dated-registry.js';
import { presentMeta, searchKey, type RecordRow } from '../kit/records.js';
import { outreachFormLabels } from './rules.js';
import { outreachInput, type OutreachInput, type OutreachOut, type OutreachQuery } from './schema.js';
import { outreachSessions as sessions } from './tables.js';

function present(row: RecordRow<typeof sessions>, scope: Scope, ctx: Context): OutreachOut {
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

export const outreachRegistry = datedRegistry<OutreachInput, RecordRow<typeof sessions>, OutreachOut, OutreachQuery>({
  table: sessions, entity: 'outreach_session', action: 'outreach', registry: 'sổ tuyên truyền', label: (id) => `đợt tuyên truyền số ${id}`,
  day: sessions.heldOn, coded: { form: sessions.form }, values: valuesOf, search: searchOf, present, dateOf: (input) => input.heldOn,
  schema: outreachInput,
  sheet: {
    title: 'Sổ tuyên truyền',
    columns: [
      { header: 'Ngày tổ chức', field: 'heldOn', kind: 'day', required: true },
      { header: 'Nội dung tuyên truyền', field: 'topic', kind: 'text', required: true },
      { header: 'Hình thức', field: 'form', kind: 'choice', choices: outreachFormLabels, required: true },
      { header: 'Đơn vị, tổ chức thực hiện', field: 'organiser', kind: 'choice', choices: organisationLabels },
      { header: 'Thôn, tổ dân phố', field: 'village', kind: 'text' },
      { header: 'Số lượt người', field: 'participants', kind: 'count' },
      { header: 'Số người là ước tính', field: 'estimated', kind: 'yes_no' },
      { header: 'Ghi chú', field: 'notes', kind: 'text' },
    ],
  },
});
export const { list: listOutreach, get: getOutreach, create: createOutreach, update: updateOutreach, remove: deleteOutreach, markIllustrative: markOutreachIllustrative } = outreachRegistry;
