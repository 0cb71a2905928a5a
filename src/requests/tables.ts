import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, serial, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { documents } from '../documents/tables.js';
import { units } from '../units/tables.js';
import { reportKindCheck, reportTemplateVersions } from '../templates/tables.js';

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
  check('report_requests_kind_check', reportKindCheck(t.reportKind)),
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
