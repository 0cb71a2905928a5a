import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, serial, text, timestamp, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import { units } from '../units/tables.js';

/**
 * The registry of documents (văn bản) that reports cite and answer. The number is kept as written and
 * as parsed (findDocumentReferences / parseDocNumber), so "53-KH-HU" and "53-KH/HU" find the same entry.
 */
export const documents = pgTable('documents', {
  id: serial('id').primaryKey(),
  kind: text('kind'),
  /** As the user typed it: "53-KH-HU". */
  numberText: text('number_text').notNull(),
  /** Normalised symbol: "53-KH/HU". */
  number: text('number').notNull(),
  serial: integer('serial'),
  year: integer('year'),
  kindCode: text('kind_code'),
  issuerCode: text('issuer_code'),
  family: text('family'),
  issuedOn: date('issued_on'),
  /** The issuing body in words: "UBND huyện Trà Bồng". */
  issuer: text('issuer').notNull().default(''),
  /** Trích yếu, without "về việc". */
  summary: text('summary').notNull().default(''),
  /** The unit that registered it: its managers and editors may correct it. */
  unitId: integer('unit_id').references((): AnyPgColumn => units.id),
  version: integer('version').notNull().default(1),
  createdBy: integer('created_by').references((): AnyPgColumn => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  index('documents_number_idx').on(t.number),
  // One entry per document: the same symbol from another body or on another date is another document.
  uniqueIndex('documents_identity_key').on(t.number, sql`coalesce(${t.issuedOn}, '0001-01-01'::date)`, sql`lower(${t.issuer})`),
  check('documents_family_check', sql`${t.family} is null or ${t.family} in ('state', 'party')`),
]);

/** "This plan implements that resolution; this report answers that dispatch." */
export const documentLinks = pgTable('document_links', {
  id: serial('id').primaryKey(),
  fromId: integer('from_id').notNull().references(() => documents.id),
  toId: integer('to_id').notNull().references(() => documents.id),
  relation: text('relation').notNull(),
  createdBy: integer('created_by').references((): AnyPgColumn => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('document_links_key').on(t.fromId, t.toId, t.relation),
  index('document_links_to_idx').on(t.toId),
  check('document_links_relation_check', sql`${t.relation} in ('implements', 'answers', 'cites', 'amends', 'replaces')`),
  check('document_links_not_self', sql`${t.fromId} <> ${t.toId}`),
]);
