import { sql } from 'drizzle-orm';
import {
  bigserial, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { documents } from '../documents/tables.js';
import { units } from '../units/tables.js';
import type { OutlineSection } from '../content/content-schema.js';
import type { ReportContent } from '../content/meta-schema.js';

const kindCheck = (column: AnyPgColumn) =>
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
  check('report_template_versions_kind_check', kindCheck(t.reportKind)),
]);

/** A request for reports sent down the hierarchy (công văn đề nghị báo cáo). */
export const reportRequests = pgTable('report_requests', {
  id: serial('id').primaryKey(),
  issuingUnitId: integer('issuing_unit_id').notNull().references((): AnyPgColumn => units.id),
  basisDocumentId: integer('basis_document_id').references((): AnyPgColumn => documents.id),
  subject: text('subject').notNull(),
  reportKind: text('report_kind').notNull(),
  periodStart: date('period_start').notNull(),
  periodEnd: date('period_end').notNull(),
  cutoffDate: date('cutoff_date').notNull(),
  requestDate: date('request_date').notNull(),
  deadline: date('deadline').notNull(),
  templateVersionId: integer('template_version_id').notNull().references(() => reportTemplateVersions.id),
  note: text('note').notNull().default(''),
  version: integer('version').notNull().default(1),
  /** Thu hồi: the issuer took the request back; recipients see it withdrawn and keep their drafts. */
  withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
  withdrawnReason: text('withdrawn_reason'),
  withdrawnBy: integer('withdrawn_by').references((): AnyPgColumn => users.id),
  createdBy: integer('created_by').references((): AnyPgColumn => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('report_requests_issuing_idx').on(t.issuingUnitId),
  check('report_requests_kind_check', kindCheck(t.reportKind)),
  check('report_requests_period_check', sql`${t.periodEnd} >= ${t.periodStart}`),
  check('report_requests_cutoff_check', sql`${t.cutoffDate} >= ${t.periodStart}`),
  check('report_requests_deadline_check', sql`${t.deadline} >= ${t.requestDate}`),
]);

/** The units asked to report; a unit merged or dissolved after the request keeps its row. */
export const reportRequestRecipients = pgTable('report_request_recipients', {
  requestId: integer('request_id').notNull().references(() => reportRequests.id),
  unitId: integer('unit_id').notNull().references((): AnyPgColumn => units.id),
}, (t) => [
  primaryKey({ columns: [t.requestId, t.unitId] }),
  index('report_request_recipients_unit_idx').on(t.unitId),
]);


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
  /** Optimistic lock: every save names the version it edited. */
  version: integer('version').notNull().default(1),
  firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
  submittedAt: timestamp('submitted_at', { withTimezone: true }),
  /** The version the reviewers see while the unit edits after a return. */
  submittedVersion: integer('submitted_version'),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
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
  /** create | save | autosave | merge | restore */
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
