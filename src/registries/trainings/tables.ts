import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, serial, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { deletionCheck, oneOf, recordKeeping } from '../kit/tables.js';
import { units } from '../../units/tables.js';
import { trainingHosts } from './rules.js';

/** Courses of tập huấn, bồi dưỡng a unit held or sent its people to, counted in classes and participants. */
export const trainings = pgTable('trainings', {
  id: serial('id').primaryKey(),
  unitId: integer('unit_id').notNull().references((): AnyPgColumn => units.id),
  title: text('title').notNull(),
  host: text('host').notNull(),
  /** The body that held it ("Ban Dân vận Thị ủy"). */
  organiser: text('organiser'),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on'),
  classes: integer('classes').notNull().default(1),
  /** People of this unit who attended. */
  participants: integer('participants').notNull().default(0),
  place: text('place'),
  notes: text('notes'),
  ...recordKeeping(),
}, (t) => [
  index('trainings_unit_idx').on(t.unitId, t.startsOn).where(sql`${t.deletedAt} is null`),
  check('trainings_host_check', oneOf(t.host, trainingHosts)),
  check('trainings_counts_check', sql`${t.classes} >= 1 and ${t.participants} >= 0`),
  check('trainings_dates_check', sql`${t.endsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
  deletionCheck('trainings_deleted_check', t),
]);
