import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, serial, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { deletionCheck, oneOf, recordKeeping } from '../kit/tables.js';
import { units } from '../../units/tables.js';
import { documents } from '../../documents/tables.js';
import { mobilizationModels } from '../models/tables.js';
import { awardForms } from './rules.js';

/** Commendation decisions of a unit: the decision (in the document registry), whom it commends and why. */
export const awards = pgTable('awards', {
  id: serial('id').primaryKey(),
  unitId: integer('unit_id').notNull().references((): AnyPgColumn => units.id),
  decidedOn: date('decided_on').notNull(),
  /** The decision as typed ("197/QĐ-UBND") and its entry in the document registry. */
  decisionNumber: text('decision_number').notNull(),
  documentId: integer('document_id').notNull().references((): AnyPgColumn => documents.id),
  /** The issuer as typed; null: the unit's People's Committee. */
  issuer: text('issuer'),
  form: text('form').notNull(),
  individuals: integer('individuals').notNull().default(0),
  collectives: integer('collectives').notNull().default(0),
  households: integer('households').notNull().default(0),
  recipients: text('recipients'),
  reason: text('reason').notNull(),
  movement: text('movement'),
  modelId: integer('model_id').references((): AnyPgColumn => mobilizationModels.id),
  ...recordKeeping(),
}, (t) => [
  index('awards_unit_idx').on(t.unitId, t.decidedOn).where(sql`${t.deletedAt} is null`),
  check('awards_form_check', oneOf(t.form, awardForms)),
  check('awards_counts_check', sql`${t.individuals} >= 0 and ${t.collectives} >= 0 and ${t.households} >= 0 and ${t.individuals} + ${t.collectives} + ${t.households} > 0`),
  deletionCheck('awards_deleted_check', t),
]);
