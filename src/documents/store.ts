import { and, eq, getTableColumns, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../core/db/connection.js';
import { idArray } from '../core/access/scope.js';
import { unitCodeOf } from '../units/sql.js';
import { documentLinks, documents } from './tables.js';

// The search columns are the database's working copy: never sent, never read back.
const { searchText: _searchText, numberKey: _numberKey, issuerText: _issuerText, ...shown } = getTableColumns(documents);

export type DocumentRow = Omit<typeof documents.$inferSelect, 'searchText' | 'numberKey' | 'issuerText'> & { unitCode: string | null };

export const documentColumns = { ...shown, unitCode: unitCodeOf(sql`${documents.unitId}`) };

export async function findDocument(db: Db, id: number): Promise<DocumentRow | null> {
  const rows = await db.select(documentColumns).from(documents).where(eq(documents.id, id)).limit(1);
  return rows[0] ?? null;
}

/** The entries of the given ids that exist, in one query (a list cites one per row). */
export async function findDocuments(db: Db, ids: readonly number[]): Promise<DocumentRow[]> {
  return db.select(documentColumns).from(documents).where(sql`${documents.id} = any(${idArray(ids)}::int[])`).orderBy(documents.id);
}

/** The entry with the same identity (number, date, issuer), which a second registration would duplicate. */
export async function findSame(db: Db, key: { number: string; issuedOn: string | null; issuer: string }, exceptId?: number): Promise<DocumentRow | null> {
  const rows = await db.select(documentColumns).from(documents).where(and(
    eq(documents.number, key.number),
    sql`coalesce(${documents.issuedOn}, '0001-01-01'::date) = coalesce(${key.issuedOn}::date, '0001-01-01'::date)`,
    sql`lower(${documents.issuer}) = lower(${key.issuer})`,
    exceptId ? sql`${documents.id} <> ${exceptId}` : undefined,
  )).limit(1);
  return rows[0] ?? null;
}

export async function linksOf(db: Db, id: number) {
  return db.select({ id: documentLinks.id, fromId: documentLinks.fromId, toId: documentLinks.toId, relation: documentLinks.relation })
    .from(documentLinks).where(or(eq(documentLinks.fromId, id), eq(documentLinks.toId, id))).orderBy(documentLinks.id);
}

export async function findByNumbers(db: Db, numbers: readonly string[]): Promise<DocumentRow[]> {
  if (numbers.length === 0) return [];
  return db.select(documentColumns).from(documents).where(inArray(documents.number, [...numbers])).orderBy(documents.id);
}

/** Documents a unit registered that were issued between `start` and `end`, oldest first. */
export async function registeredWithin(db: Db, unitId: number, start: string, end: string): Promise<DocumentRow[]> {
  return db.select(documentColumns).from(documents)
    .where(and(eq(documents.unitId, unitId), sql`${documents.issuedOn} between ${start}::date and ${end}::date`))
    .orderBy(documents.issuedOn, documents.id);
}
