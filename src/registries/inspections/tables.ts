import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, serial, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { deletionCheck, oneOf, recordKeeping } from '../kit/tables.js';
import { units } from '../../units/tables.js';
import { inspectionKinds, inspectors } from './rules.js';

/** Inspections and supervision of a unit's People's Committee, with the recommendations and their follow-up. */
export const inspections = pgTable('inspections', {
  id: serial('id').primaryKey(),
  unitId: integer('unit_id').notNull().references((): AnyPgColumn => units.id),
  heldOn: date('held_on').notNull(),
  inspector: text('inspector').notNull(),
  kind: text('kind').notNull(),
  subject: text('subject').notNull(),
  findings: text('findings'),
  recommendations: text('recommendations'),
  followUp: text('follow_up'),
  /** The day its recommendations were all carried out. */
  settledOn: date('settled_on'),
  ...recordKeeping(),
}, (t) => [
  index('inspections_unit_idx').on(t.unitId, t.heldOn).where(sql`${t.deletedAt} is null`),
  check('inspections_inspector_check', oneOf(t.inspector, inspectors)),
  check('inspections_kind_check', oneOf(t.kind, inspectionKinds)),
  check('inspections_dates_check', sql`${t.settledOn} is null or ${t.settledOn} >= ${t.heldOn}`),
  deletionCheck('inspections_deleted_check', t),
]);
