import { and, desc, eq, getTableColumns, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../core/db/connection.js';
import { unitCodeOf } from '../units/sql.js';
import { documentLinks, documents } from './tables.js';

export type DocumentRow = typeof documents.$inferSelect & { unitCode: string | null };

const withUnit = { ...getTableColumns(documents), unitCode: unitCodeOf(sql`${documents.unitId}`) };

export async function findDocument(db: Db, id: number): Promise<DocumentRow | null> {
  const rows = await db.select(withUnit).from(documents).where(eq(documents.id, id)).limit(1);
  return rows[0] ?? null;
}

/** The entry with the same identity (number, date, issuer), which a second registration would duplicate. */
export async function findSame(db: Db, key: { number: string; issuedOn: string | null; issuer: string }, exceptId?: number): Promise<DocumentRow | null> {
  const rows = await db.select(withUnit).from(documents).where(and(
    eq(documents.number, key.number),
    sql`coalesce(${documents.issuedOn}, '0001-01-01'::date) = coalesce(${key.issuedOn}::date, '0001-01-01'::date)`,
    sql`lower(${documents.issuer}) = lower(${key.issuer})`,
    exceptId ? sql`${documents.id} <> ${exceptId}` : undefined,
  )).limit(1);
  return rows[0] ?? null;
}

export async function searchDocuments(db: Db, filter: { q?: string; number?: string }, page: number, pageSize: number) {
  const conditions: SQL[] = [];
  if (filter.number) conditions.push(eq(documents.number, filter.number));
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(documents.number, like), ilike(documents.numberText, like), ilike(documents.summary, like), ilike(documents.issuer, like))!);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [items, total] = await Promise.all([
    db.select(withUnit).from(documents).where(where)
      .orderBy(desc(sql`coalesce(${documents.issuedOn}, '0001-01-01'::date)`), desc(documents.id))
      .limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(documents).where(where),
  ]);
  return { items, total: Number(total[0]?.n ?? 0) };
}

export async function linksOf(db: Db, id: number) {
  return db.select({ id: documentLinks.id, fromId: documentLinks.fromId, toId: documentLinks.toId, relation: documentLinks.relation })
    .from(documentLinks).where(or(eq(documentLinks.fromId, id), eq(documentLinks.toId, id))).orderBy(documentLinks.id);
}

export async function findByNumbers(db: Db, numbers: readonly string[]): Promise<DocumentRow[]> {
  if (numbers.length === 0) return [];
  return db.select(withUnit).from(documents).where(inArray(documents.number, [...numbers])).orderBy(documents.id);
}

/** Documents a unit registered that were issued between `start` and `end`, oldest first. */
export async function registeredWithin(db: Db, unitId: number, start: string, end: string): Promise<DocumentRow[]> {
  return db.select(withUnit).from(documents)
    .where(and(eq(documents.unitId, unitId), sql`${documents.issuedOn} between ${start}::date and ${end}::date`))
    .orderBy(documents.issuedOn, documents.id);
}
