import { sql } from 'drizzle-orm';
import { boolean, check, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { units } from '../units/tables.js';
import type { OutlineSection } from '../content/content-schema.js';

/** The kinds of report (template-schema.ts), as a check on a column. */
export const reportKindCheck = (column: AnyPgColumn) =>
  sql`${column} in ('quarter', 'half_year', 'year', 'review', 'final_review', 'thematic')`;

/** A template's identity; its outline lives in versions so a request keeps the version it pinned. */
export const reportTemplates = pgTable('report_templates', {
  id: serial('id').primaryKey(),
  /** Stable key of a built-in template ("dvcq-quy"); null for templates users create. */
  builtinKey: text('builtin_key'),
  /** The unit whose managers maintain it; null for built-ins (administrators). */
  ownerUnitId: integer('owner_unit_id').references((): AnyPgColumn => units.id),
  currentVersion: integer('current_version').notNull().default(1),
  archived: boolean('archived').notNull().default(false),
  createdBy: integer('created_by').references((): AnyPgColumn => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex('report_templates_builtin_key').on(t.builtinKey)]);

export const reportTemplateVersions = pgTable('report_template_versions', {
  id: serial('id').primaryKey(),
  templateId: integer('template_id').notNull().references(() => reportTemplates.id),
  version: integer('version').notNull(),
  title: text('title').notNull(),
  reportKind: text('report_kind').notNull(),
  description: text('description').notNull().default(''),
  subject: text('subject').notNull().default(''),
  closing: text('closing').notNull().default(''),
  outline: jsonb('outline').$type<OutlineSection[]>().notNull(),
  createdBy: integer('created_by').references((): AnyPgColumn => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('report_template_versions_key').on(t.templateId, t.version),
  check('report_template_versions_kind_check', reportKindCheck(t.reportKind)),
]);
