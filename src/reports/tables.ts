import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { documents } from '../documents/tables.js';
import { units } from '../units/tables.js';
import type { ReportContent } from '../content/meta-schema.js';
import { reportTemplateVersions } from '../templates/tables.js';
import { reportRequests } from '../requests/tables.js';

export const reports = pgTable('reports', {
  id: serial('id').primaryKey(),
  unitId: integer('unit_id').notNull().references((): AnyPgColumn => units.id),
  requestId: integer('request_id').references(() => reportRequests.id),
  templateVersionId: integer('template_version_id').references(() => reportTemplateVersions.id),
  /** The document the report answers when it came from outside danvan (a Party body's dispatch). */
  basisDocumentId: integer('basis_document_id').references((): AnyPgColumn => documents.id),
  /** A request this unit sent down whose recipients' figures are compiled into the annex. */
  annexRequestId: integer('annex_request_id').references((): AnyPgColumn => reportRequests.id),
  status: text('status').notNull().default('draft'),
  content: jsonb('content').$type<ReportContent>().notNull(),
  /**
   * The report's number (meta.number), kept beside the content by PostgreSQL: a request's page lists the
   * number of each of its 3,321 recipients' reports, and reading it from the content unpacked every
   * report's whole text (0.5 s for one page).
   */
  metaNumber: text('meta_number').generatedAlwaysAs(sql`content->'meta'->>'number'`),
  /** Optimistic lock: every save names the version it edited. */
  version: integer('version').notNull().default(1),
  firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  /** The version the reviewers see while the unit edits after a return. */
  submittedVersion: integer('submitted_version'),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  /**
   * The registry figures the report was last submitted with, by cell ("table/row/column"): what the level
   * above read, kept even when the registries change later.
   */
  figureSnapshot: jsonb('figure_snapshot').$type<Record<string, number | null>>(),
  createdBy: integer('created_by').references((): AnyPgColumn => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: integer('updated_by').references((): AnyPgColumn => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('reports_unit_idx').on(t.unitId),
  // One report per recipient of a request.
  uniqueIndex('reports_request_unit_key').on(t.requestId, t.unitId).where(sql`${t.requestId} is not null`),
  check('reports_status_check', sql`${t.status} in ('draft', 'submitted', 'returned', 'accepted')`),
]);

/** Every save of a report, whole, so any two can be compared. */
export const reportVersions = pgTable('report_versions', {
  reportId: integer('report_id').notNull().references(() => reports.id),
  version: integer('version').notNull(),
  content: jsonb('content').$type<ReportContent>().notNull(),
  /** create | save | autosave | merge | restore | hand_over */
  reason: text('reason').notNull(),
  savedBy: integer('saved_by').references((): AnyPgColumn => users.id),
  savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.reportId, t.version] })]);

/** Workflow steps, shown on the report: who submitted, returned (with why) and accepted, when. */
export const reportEvents = pgTable('report_events', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  reportId: integer('report_id').notNull().references(() => reports.id),
  action: text('action').notNull(),
  fromStatus: text('from_status').notNull(),
  toStatus: text('to_status').notNull(),
  /** The report version the step was taken on. */
  version: integer('version').notNull(),
  comment: text('comment').notNull().default(''),
  actorId: integer('actor_id').references((): AnyPgColumn => users.id),
  actorUsername: text('actor_username'),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('report_events_report_idx').on(t.reportId),
  check('report_events_action_check', sql`${t.action} in ('submit', 'resubmit', 'return', 'accept')`),
]);
