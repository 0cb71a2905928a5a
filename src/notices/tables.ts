import { sql } from 'drizzle-orm';
import { bigserial, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { units } from '../units/tables.js';
import { reportRequests } from '../requests/tables.js';
import { reports } from '../reports/tables.js';

/**
 * Notices sent to a unit (thông báo): a reminder of a late report from the level above, a report returned
 * with its reason. Addressed to the unit, not to a person, as a dispatch is: any of its accounts reads them.
 */
export const unitNotices = pgTable('unit_notices', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  unitId: integer('unit_id').notNull().references((): AnyPgColumn => units.id),
  /** reminder | returned */
  kind: text('kind').notNull(),
  text: text('text').notNull(),
  requestId: integer('request_id').references((): AnyPgColumn => reportRequests.id),
  reportId: integer('report_id').references((): AnyPgColumn => reports.id),
  senderUnitId: integer('sender_unit_id').references((): AnyPgColumn => units.id),
  sentBy: integer('sent_by').references((): AnyPgColumn => users.id),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  /** The day in Vietnam it was sent: a unit is reminded of a request once a day. */
  sentOn: date('sent_on').notNull(),
  readAt: timestamp('read_at', { withTimezone: true }),
  readBy: integer('read_by').references((): AnyPgColumn => users.id),
}, (t) => [
  index('unit_notices_unit_idx').on(t.unitId, t.sentAt),
  // Also serves the look-up of a request's reminders of a day (request_id leads).
  uniqueIndex('unit_notices_reminder_key').on(t.requestId, t.unitId, t.sentOn).where(sql`${t.kind} = 'reminder'`),
  check('unit_notices_kind_check', sql`${t.kind} in ('reminder', 'returned')`),
]);
