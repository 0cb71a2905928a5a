import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, index, integer, jsonb, pgTable, serial, text, timestamp, unique, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../../accounts/tables.js';
import { deletionCheck, oneOf, recordKeeping } from '../kit/tables.js';
import { units } from '../../units/tables.js';
import { competences, letterChannels, mediationOutcomes, petitionKinds } from './rules.js';

/**
 * A case (vụ việc): the matter handled, made of one or more letters. It exists only with a letter: it is
 * opened by its first letter and removed when its last letter goes.
 */
export const petitionCases = pgTable('petition_cases', {
  id: serial('id').primaryKey(),
  unitId: integer('unit_id').notNull().references((): AnyPgColumn => units.id),
  title: text('title').notNull(),
  kind: text('kind').notNull(),
  field: text('field'),
  competence: text('competence').notNull().default('within'),
  secondInstance: boolean('second_instance').notNull().default(false),
  /** Phức tạp: longer deadlines; with `remote` (vùng sâu, vùng xa) longer still. */
  complex: boolean('complex').notNull().default(false),
  remote: boolean('remote').notNull().default(false),
  /** Đông người, kéo dài: flags the reports count. */
  crowd: boolean('crowd').notNull().default(false),
  prolonged: boolean('prolonged').notNull().default(false),
  extensions: integer('extensions').notNull().default(0),
  handlerId: integer('handler_id').references((): AnyPgColumn => users.id),
  /** The earliest live letter's day: the case is counted in that period. */
  receivedOn: date('received_on').notNull(),
  acceptedOn: date('accepted_on'),
  mediation: text('mediation'),
  outcome: text('outcome'),
  closedOn: date('closed_on'),
  /** The current step's last day, kept with every write so overdue cases are found by index. */
  dueOn: date('due_on'),
  dueStep: text('due_step'),
  ...recordKeeping(),
}, (t) => [
  index('petition_cases_unit_idx').on(t.unitId, t.receivedOn).where(sql`${t.deletedAt} is null`),
  index('petition_cases_due_idx').on(t.unitId, t.dueOn).where(sql`${t.deletedAt} is null and ${t.closedOn} is null`),
  unique('petition_cases_id_unit_key').on(t.id, t.unitId),
  check('petition_cases_kind_check', oneOf(t.kind, petitionKinds)),
  check('petition_cases_competence_check', oneOf(t.competence, competences)),
  check('petition_cases_mediation_check', sql`${t.mediation} is null or (${oneOf(t.mediation, mediationOutcomes)} and ${t.kind} = 'land_dispute')`),
  check('petition_cases_dates_check', sql`(${t.acceptedOn} is null or ${t.acceptedOn} >= ${t.receivedOn}) and (${t.closedOn} is null or ${t.closedOn} >= ${t.receivedOn})`),
  check('petition_cases_extensions_check', sql`${t.extensions} between 0 and 2`),
  deletionCheck('petition_cases_deleted_check', t),
]);

/** A letter (đơn) as received. Its sender is kept apart (petition_senders), so no list carries it by accident. */
export const petitionLetters = pgTable('petition_letters', {
  id: serial('id').primaryKey(),
  unitId: integer('unit_id').notNull().references((): AnyPgColumn => units.id),
  caseId: integer('case_id').notNull(),
  receivedOn: date('received_on').notNull(),
  channel: text('channel').notNull(),
  kind: text('kind').notNull(),
  field: text('field'),
  summary: text('summary').notNull(),
  /** Người đứng đơn: more than one is a letter of many people (đơn tập thể). */
  senderCount: integer('sender_count').notNull().default(1),
  ...recordKeeping(),
}, (t) => [
  // A letter belongs to a case of its own unit.
  foreignKey({ name: 'petition_letters_case_fk', columns: [t.caseId, t.unitId], foreignColumns: [petitionCases.id, petitionCases.unitId] }),
  index('petition_letters_unit_idx').on(t.unitId, t.receivedOn).where(sql`${t.deletedAt} is null`),
  // Partial like the unit index, so the planner never ANDs the two (it scanned every letter of the country).
  index('petition_letters_case_idx').on(t.caseId).where(sql`${t.deletedAt} is null`),
  check('petition_letters_kind_check', oneOf(t.kind, petitionKinds)),
  check('petition_letters_channel_check', oneOf(t.channel, letterChannels)),
  check('petition_letters_senders_check', sql`${t.senderCount} >= 1`),
  deletionCheck('petition_letters_deleted_check', t),
]);

/**
 * Who sent a letter. A denouncer's identity is read only by the use case that may show it (the handler,
 * the unit's managers, administrators); lists, counts and the audit log never read this table for them.
 */
export const petitionSenders = pgTable('petition_senders', {
  letterId: integer('letter_id').primaryKey().references((): AnyPgColumn => petitionLetters.id),
  name: text('name'),
  address: text('address'),
  contact: text('contact'),
});

/**
 * The deadline rule table as an administrator last saved it, every version kept (the shipped table of
 * deadlines.ts answers until the first save). A rule says which article it comes from.
 */
export const petitionRuleTables = pgTable('petition_rule_tables', {
  id: serial('id').primaryKey(),
  version: integer('version').notNull(),
  rules: jsonb('rules').$type<unknown[]>().notNull(),
  savedBy: integer('saved_by').references((): AnyPgColumn => users.id),
  savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [unique('petition_rule_tables_version_key').on(t.version)]);
