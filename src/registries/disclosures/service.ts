/**
 * The disclosure registry (công khai, Luật Thực hiện dân chủ ở cơ sở 2022): what was made public, how and
 * for how long, with the law's time limits shown where they were missed. The publishing deadline counts
 * working days, so it is stored with the record and recounted when a year's holiday calendar changes.
 */
import { and, between, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Context } from '../../core/context.js';
import type { Scope } from '../../core/access/rules.js';
import { workingDaysAfter } from '../../calendar/rules.js';
import { loadCalendar } from '../../calendar/service.js';
import { datedRegistry } from '../kit/dated-registry.js';
import { dayOrderProblem, refuseProblems } from '../kit/problems.js';
import { presentMeta, searchKey, type RecordRow } from '../kit/records.js';
import { disclosureFormLabels, disclosureGroupLabels, disclosureWarnings, publishWithinWorkingDays, type DisclosureForm } from './rules.js';
import { disclosureInput, type DisclosureInput, type DisclosureOut, type DisclosureQuery } from './schema.js';
import { disclosures } from './tables.js';

function present(row: RecordRow<typeof disclosures>, scope: Scope, ctx: Context): DisclosureOut {
  const group = row.group as DisclosureOut['group'];
  const form = row.form as DisclosureForm;
  return {
    ...presentMeta(row, ctx, scope), title: row.title, group, groupName: disclosureGroupLabels[group], form, formName: disclosureFormLabels[form],
    basis: row.basis, decidedOn: row.decidedOn, publishedOn: row.publishedOn, endsOn: row.endsOn, publishDueOn: row.publishDueOn, place: row.place, notes: row.notes,
    warnings: disclosureWarnings({ form, decidedOn: row.decidedOn, publishedOn: row.publishedOn, endsOn: row.endsOn, publishDueOn: row.publishDueOn }),
  };
}

const valuesOf = (i: DisclosureInput) => ({
  title: i.title, group: i.group, form: i.form, basis: i.basis, decidedOn: i.decidedOn, publishedOn: i.publishedOn, endsOn: i.endsOn, place: i.place, notes: i.notes,
});
const searchOf = (i: DisclosureInput) => searchKey(i.title, i.basis, i.place, disclosureGroupLabels[i.group], disclosureFormLabels[i.form]);
const checkDays = (_: Context, i: DisclosureInput) => refuseProblems([
  ...(i.decidedOn ? dayOrderProblem({ day: i.decidedOn, name: 'Ngày ban hành' }, { day: i.publishedOn, name: 'Ngày bắt đầu công khai', field: 'publishedOn' }) : []),
  ...dayOrderProblem({ day: i.publishedOn, name: 'Ngày bắt đầu công khai' }, { day: i.endsOn, name: 'Ngày kết thúc công khai', field: 'endsOn' }),
]);

/** The 5th working day after the decision, with the calendars of the years it may reach. */
async function publishDueOn(tx: Context, decidedOn: string | null): Promise<string | null> {
  if (!decidedOn) return null;
  const year = Number(decidedOn.slice(0, 4));
  return workingDaysAfter(await loadCalendar(tx.db, [year, year + 1]), decidedOn, publishWithinWorkingDays);
}

export const disclosureRegistry = datedRegistry<DisclosureInput, RecordRow<typeof disclosures>, DisclosureOut, DisclosureQuery>({
  table: disclosures, entity: 'disclosure', action: 'disclosure', registry: 'sổ công khai', label: (id) => `nội dung công khai số ${id}`,
  day: disclosures.publishedOn, coded: { group: disclosures.group, form: disclosures.form }, values: valuesOf, search: searchOf, present, check: checkDays,
  dateOf: (input) => input.publishedOn, prepare: async (tx, input) => ({ publishDueOn: await publishDueOn(tx, input.decidedOn) }),
  schema: disclosureInput,
  sheet: {
    title: 'Sổ công khai',
    columns: [
      { header: 'Nội dung công khai', field: 'title', kind: 'text', required: true },
      { header: 'Nhóm nội dung', field: 'group', kind: 'choice', choices: disclosureGroupLabels, required: true },
      { header: 'Hình thức', field: 'form', kind: 'choice', choices: disclosureFormLabels, required: true },
      { header: 'Văn bản được công khai', field: 'basis', kind: 'text' },
      { header: 'Ngày ban hành', field: 'decidedOn', kind: 'day' },
      { header: 'Ngày bắt đầu công khai', field: 'publishedOn', kind: 'day', required: true },
      { header: 'Ngày kết thúc công khai', field: 'endsOn', kind: 'day' },
      { header: 'Địa điểm', field: 'place', kind: 'text' },
      { header: 'Ghi chú', field: 'notes', kind: 'text' },
    ],
  },
});
export const { list: listDisclosures, get: getDisclosure, create: createDisclosure, update: updateDisclosure, remove: deleteDisclosure, markIllustrative: markDisclosuresIllustrative } = disclosureRegistry;

/** After `year`'s calendar changed: the deadlines of decisions from December before it to the end of it. */
export async function recountDisclosureDeadlines(tx: Context, year: number): Promise<void> {
  const rows = await tx.db.select({ id: disclosures.id, decidedOn: disclosures.decidedOn, publishDueOn: disclosures.publishDueOn }).from(disclosures)
    .where(and(isNull(disclosures.deletedAt), isNotNull(disclosures.decidedOn), between(disclosures.decidedOn, `${year - 1}-12-01`, `${year}-12-31`)));
  for (const row of rows) {
    const due = await publishDueOn(tx, row.decidedOn);
    if (due !== row.publishDueOn) await tx.db.update(disclosures).set({ publishDueOn: due }).where(eq(disclosures.id, row.id));
  }
}
