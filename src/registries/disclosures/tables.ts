import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, serial, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { deletionCheck, oneOf, recordKeeping } from '../kit/tables.js';
import { units } from '../../units/tables.js';
import { disclosureForms, disclosureGroups } from './rules.js';

/** What a unit made public to its people, how, from when and until when. */
export const disclosures = pgTable('disclosures', {
  id: serial('id').primaryKey(),
  unitId: integer('unit_id').notNull().references((): AnyPgColumn => units.id),
  title: text('title').notNull(),
  group: text('group').notNull(),
  form: text('form').notNull(),
  /** The decision or document made public ("Quyết định số 12/QĐ-UBND"), and the day it was issued. */
  basis: text('basis'),
  decidedOn: date('decided_on'),
  publishedOn: date('published_on').notNull(),
  endsOn: date('ends_on'),
  /** The 5th working day after the decision (Điều 12.3), counted with the holiday calendar; recounted when it changes. */
  publishDueOn: date('publish_due_on'),
  place: text('place'),
  notes: text('notes'),
  ...recordKeeping(),
}, (t) => [
  index('disclosures_unit_idx').on(t.unitId, t.publishedOn).where(sql`${t.deletedAt} is null`),
  check('disclosures_group_check', oneOf(t.group, disclosureGroups)),
  check('disclosures_form_check', oneOf(t.form, disclosureForms)),
  check('disclosures_dates_check', sql`(${t.endsOn} is null or ${t.endsOn} >= ${t.publishedOn}) and (${t.decidedOn} is null or ${t.decidedOn} <= ${t.publishedOn})`),
  deletionCheck('disclosures_deleted_check', t),
]);
