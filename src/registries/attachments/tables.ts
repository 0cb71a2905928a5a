import { sql } from 'drizzle-orm';
import { check, customType, index, integer, pgTable, serial, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../../accounts/tables.js';
import { units } from '../../units/tables.js';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** Files attached to registry records (photos, scanned decisions), kept in the database with the record. */
export const recordAttachments = pgTable('record_attachments', {
  id: serial('id').primaryKey(),
  /** The registry ("outreach", "awards") and its record. */
  registry: text('registry').notNull(),
  recordId: integer('record_id').notNull(),
  unitId: integer('unit_id').notNull().references((): AnyPgColumn => units.id),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  content: bytea('content').notNull(),
  createdBy: integer('created_by').references((): AnyPgColumn => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
  deletedBy: integer('deleted_by').references((): AnyPgColumn => users.id),
  deleteReason: text('delete_reason'),
}, (t) => [
  index('record_attachments_record_idx').on(t.registry, t.recordId),
  check('record_attachments_size_check', sql`${t.size} > 0`),
  check('record_attachments_deleted_check', sql`(${t.deletedAt} is null) = (${t.deleteReason} is null)`),
]);
