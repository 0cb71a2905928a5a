import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, serial, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { deletionCheck, oneOf, recordKeeping } from '../kit/tables.js';
import { units } from '../../units/tables.js';
import { voterCompetences, voterForums } from './rules.js';

/** Voters' petitions a unit's People's Committee received, and its answers. */
export const voterPetitions = pgTable('voter_petitions', {
  id: serial('id').primaryKey(),
  unitId: integer('unit_id').notNull().references((): AnyPgColumn => units.id),
  receivedOn: date('received_on').notNull(),
  forum: text('forum').notNull(),
  content: text('content').notNull(),
  field: text('field'),
  village: text('village'),
  competence: text('competence').notNull().default('own'),
  answeredOn: date('answered_on'),
  answer: text('answer'),
  ...recordKeeping(),
}, (t) => [
  index('voter_petitions_unit_idx').on(t.unitId, t.receivedOn).where(sql`${t.deletedAt} is null`),
  check('voter_petitions_forum_check', oneOf(t.forum, voterForums)),
  check('voter_petitions_competence_check', oneOf(t.competence, voterCompetences)),
  check('voter_petitions_dates_check', sql`${t.answeredOn} is null or ${t.answeredOn} >= ${t.receivedOn}`),
  deletionCheck('voter_petitions_deleted_check', t),
]);
