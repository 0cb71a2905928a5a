import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgTable, serial, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { deletionCheck, oneOf, recordKeeping } from '../kit/tables.js';
import { organisations } from '../kit/organisations.js';
import { units } from '../../units/tables.js';
import { outreachForms } from './rules.js';

/** Sessions of tuyên truyền, phổ biến held by a unit (or a body in it), with the people they reached. */
export const outreachSessions = pgTable('outreach_sessions', {
  id: serial('id').primaryKey(),
  unitId: integer('unit_id').notNull().references((): AnyPgColumn => units.id),
  heldOn: date('held_on').notNull(),
  topic: text('topic').notNull(),
  form: text('form').notNull(),
  organiser: text('organiser').notNull().default('ubnd'),
  village: text('village'),
  /** Lượt người; null where nobody counted (a loudspeaker broadcast). */
  participants: integer('participants'),
  /** The count is an estimate ("khoảng 250"). */
  estimated: boolean('estimated').notNull().default(false),
  notes: text('notes'),
  ...recordKeeping(),
}, (t) => [
  index('outreach_sessions_unit_idx').on(t.unitId, t.heldOn).where(sql`${t.deletedAt} is null`),
  check('outreach_sessions_form_check', oneOf(t.form, outreachForms)),
  check('outreach_sessions_organiser_check', oneOf(t.organiser, organisations)),
  check('outreach_sessions_participants_check', sql`${t.participants} is null or ${t.participants} >= 0`),
  deletionCheck('outreach_sessions_deleted_check', t),
]);
