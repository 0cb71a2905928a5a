import { sql } from 'drizzle-orm';
import { check, date, index, integer, numeric, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { units } from '../units/tables.js';

/**
 * Values of indicators that are entered or imported per period (values counted from a registry are not
 * stored: they are computed from its indexed records, so they cannot drift from them). One value per
 * indicator, unit, period and disaggregation ('' for the total).
 */
export const indicatorValues = pgTable('indicator_values', {
  id: serial('id').primaryKey(),
  indicatorCode: text('indicator_code').notNull(),
  unitId: integer('unit_id').notNull().references((): AnyPgColumn => units.id),
  periodKind: text('period_kind').notNull(),
  periodStart: date('period_start').notNull(),
  periodEnd: date('period_end').notNull(),
  disaggregation: text('disaggregation').notNull().default(''),
  value: numeric('value', { mode: 'number' }).notNull(),
  source: text('source').notNull().default('entered'),
  note: text('note'),
  version: integer('version').notNull().default(1),
  enteredBy: integer('entered_by').references((): AnyPgColumn => users.id),
  enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('indicator_values_key').on(t.indicatorCode, t.unitId, t.periodStart, t.periodEnd, t.disaggregation),
  index('indicator_values_unit_idx').on(t.unitId, t.indicatorCode, t.periodStart),
  check('indicator_values_period_check', sql`${t.periodEnd} >= ${t.periodStart}`),
  check('indicator_values_kind_check', sql`${t.periodKind} in ('month', 'quarter', 'half_year', 'year', 'years')`),
  check('indicator_values_source_check', sql`${t.source} in ('entered', 'imported')`),
  check('indicator_values_value_check', sql`${t.value} >= 0`),
]);

/**
 * A unit's "Đặc điểm tình hình" of one year: the data set's own notes, source and version. Its figures are
 * indicator values (profile.*) of the year, so the report's table and the profile form share them.
 */
export const unitProfiles = pgTable('unit_profiles', {
  unitId: integer('unit_id').notNull().references(() => units.id),
  year: integer('year').notNull(),
  notes: text('notes'),
  source: text('source'),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: integer('updated_by').references((): AnyPgColumn => users.id),
}, (t) => [
  primaryKey({ columns: [t.unitId, t.year] }),
  check('unit_profiles_year_check', sql`${t.year} between 1945 and 2200`),
]);
