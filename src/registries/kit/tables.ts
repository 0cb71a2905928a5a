/** What every registry record carries besides its own fields: who wrote it, its version, a kept deletion. */
import { sql, type SQL } from 'drizzle-orm';
import { boolean, check, integer, text, timestamp, type AnyPgColumn, type PgColumn } from 'drizzle-orm/pg-core';
import { users } from '../../accounts/tables.js';

/** Columns of a registry record's bookkeeping (a fresh set per table). */
export const recordKeeping = () => ({
  /** Its words without diacritics, lower case: what "dan van kheo" is matched against. */
  searchText: text('search_text').notNull(),
  /** Demo rows whose details were invented ("dữ liệu minh họa"). */
  illustrative: boolean('illustrative').notNull().default(false),
  version: integer('version').notNull().default(1),
  createdBy: integer('created_by').references((): AnyPgColumn => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: integer('updated_by').references((): AnyPgColumn => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  /** Deleting keeps the row, with the reason: a report submitted with a count stays traceable to its records. */
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
  deletedBy: integer('deleted_by').references((): AnyPgColumn => users.id),
  deleteReason: text('delete_reason'),
});

/** A deleted record always says why. */
export const deletionCheck = (name: string, t: { deletedAt: PgColumn; deleteReason: PgColumn }) =>
  check(name, sql`(${t.deletedAt} is null) = (${t.deleteReason} is null)`);

/** `column in (values)` written out as a check. */
export const oneOf = (column: PgColumn, values: readonly string[]): SQL =>
  sql`${column} in (${sql.raw(values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', '))})`;
