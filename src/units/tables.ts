import { sql } from 'drizzle-orm';
import {
  boolean, check, date, index, integer, pgTable, primaryKey, serial, text, timestamp, uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';

/**
 * A unit's identity and lifetime. Name, type and parent change over time and live in unit_versions.
 * Validity is half-open: valid on d when valid_from <= d < valid_to (valid_to null = still valid).
 */
export const units = pgTable('units', {
  id: serial('id').primaryKey(),
  code: text('code').notNull(),
  level: text('level').notNull(),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
  /** Invented for the demo (not from a source document); the UI marks it. */
  illustrative: boolean('illustrative').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('units_code_key').on(t.code),
  check('units_level_check', sql`${t.level} in ('province', 'district', 'commune', 'village')`),
  check('units_validity_check', sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`),
]);

export const unitEvents = pgTable('unit_events', {
  id: serial('id').primaryKey(),
  type: text('type').notNull(),
  effectiveDate: date('effective_date').notNull(),
  legalBasis: text('legal_basis').notNull(),
  note: text('note'),
  createdBy: integer('created_by').references((): AnyPgColumn => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  check('unit_events_type_check', sql`${t.type} in ('create', 'rename', 'move', 'merge', 'split', 'dissolve')`),
]);

/** Which units an event touched and how: subject (create/rename/move/dissolve), source or target (merge/split). */
export const unitEventUnits = pgTable('unit_event_units', {
  eventId: integer('event_id').notNull().references(() => unitEvents.id),
  unitId: integer('unit_id').notNull().references(() => units.id),
  role: text('role').notNull(),
}, (t) => [
  primaryKey({ columns: [t.eventId, t.unitId, t.role] }),
  index('unit_event_units_unit_idx').on(t.unitId),
  check('unit_event_units_role_check', sql`${t.role} in ('subject', 'source', 'target')`),
]);

export const unitVersions = pgTable('unit_versions', {
  id: serial('id').primaryKey(),
  unitId: integer('unit_id').notNull().references(() => units.id),
  name: text('name').notNull(),
  /** As the unit calls itself: Tỉnh, Huyện, Thị xã, Xã, Phường, Thị trấn, Thôn, Tổ dân phố... */
  typeName: text('type_name').notNull(),
  parentId: integer('parent_id').references((): AnyPgColumn => units.id),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
  eventId: integer('event_id').notNull().references(() => unitEvents.id),
}, (t) => [
  index('unit_versions_unit_idx').on(t.unitId, t.validFrom),
  index('unit_versions_parent_idx').on(t.parentId),
  check('unit_versions_validity_check', sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`),
]);

