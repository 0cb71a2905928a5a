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
  /**
   * What search reads, kept by the database (documents_fold, migration 0025: unaccent, lower case, other
   * characters one blank): " cong van 113 cv bdvhu ban dan van huyen uy ... ".
   */
  searchText: text('search_text').generatedAlwaysAs(sql`documents_fold(coalesce(kind, '') || ' ' || number_text || ' ' || number || ' ' || issuer || ' ' || summary)`),
  /** The number folded without separators: "113cvbdvhu" for 113-CV/BDVHU, 113-CV-BDVHU or 113 CV BDVHU. */
  numberKey: text('number_key').generatedAlwaysAs(sql`replace(documents_fold(number), ' ', '')`),
  /** The issuer folded, for the issuer filter: folding it per row at each search cost seconds on 50.000 entries. */
  issuerText: text('issuer_text').generatedAlwaysAs(sql`documents_fold(issuer)`),
}, (t) => [
  index('documents_number_idx').on(t.number),
  index('documents_search_text_trgm').using('gin', t.searchText.op('gin_trgm_ops')),
  // A number is looked up by its start ("1444ubndnv%"): a b-tree answers that in a fraction of a
  // millisecond, where trigrams as common as those of UBND-NV make a GIN index read most of the registry.
  index('documents_number_key_idx').on(t.numberKey.op('text_pattern_ops')),
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
