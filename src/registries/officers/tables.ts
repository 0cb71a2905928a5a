import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, serial, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { deletionCheck, recordKeeping } from '../kit/tables.js';
import { units } from '../../units/tables.js';
import { documents } from '../../documents/tables.js';

/** Who a unit assigned to its dân vận work, by which decision, from when and until when. */
export const officerAssignments = pgTable('officer_assignments', {
  id: serial('id').primaryKey(),
  unitId: integer('unit_id').notNull().references((): AnyPgColumn => units.id),
  fullName: text('full_name').notNull(),
  position: text('position'),
  duties: text('duties'),
  /** The assignment decision as typed, and its entry in the document registry. */
  decisionNumber: text('decision_number'),
  documentId: integer('document_id').references((): AnyPgColumn => documents.id),
  /** The day the decision was signed, when it differs from the first day in charge. */
  decidedOn: date('decided_on'),
  fromOn: date('from_on').notNull(),
  toOn: date('to_on'),
  ...recordKeeping(),
}, (t) => [
  index('officer_assignments_unit_idx').on(t.unitId, t.fromOn).where(sql`${t.deletedAt} is null`),
  check('officer_assignments_dates_check', sql`${t.toOn} is null or ${t.toOn} >= ${t.fromOn}`),
  check('officer_assignments_decision_check', sql`(${t.decisionNumber} is null) = (${t.documentId} is null)`),
  deletionCheck('officer_assignments_deleted_check', t),
]);
