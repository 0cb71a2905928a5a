import { and, asc, desc, eq, getTableColumns, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/connection.js';
import { fullNameOf } from '../../core/access/people.js';
import { unitCodeOf, unitNameOn } from '../../units/sql.js';
import { foldVietnamese } from '../../core/vi-format.js';
import { mobilizationModels as models } from './tables.js';

export type ModelRow = typeof models.$inferSelect & { unitCode: string; unitName: string; updatedByName: string | null; deletedByName: string | null };

const withNames = (today: string) => ({
  ...getTableColumns(models),
  unitCode: unitCodeOf(sql`${models.unitId}`),
  unitName: sql<string>`${unitNameOn(sql`${models.unitId}`, sql`${today}::date`)}`,
  updatedByName: fullNameOf(sql`${models.updatedBy}`),
  deletedByName: fullNameOf(sql`${models.deletedBy}`),
});

/** What search matches: diacritics and case folded, so "dan van kheo" finds "Dân vận khéo". */
export const searchKey = (...parts: (string | null | undefined)[]) => foldVietnamese(parts.filter(Boolean).join(' ')).toLowerCase();

export async function findModel(db: Db, id: number, today: string, { lock = false } = {}): Promise<ModelRow | null> {
  const query = db.select(withNames(today)).from(models).where(eq(models.id, id)).limit(1);
  const rows = lock ? await query.for('update', { of: models }) : await query;
  return rows[0] ?? null;
}

export interface ModelFilter {
  /** The units whose models the caller reads (the scope loaded for the call), or 'all' for an administrator. */
  readable: readonly number[] | 'all';
  unitId?: number;
  q?: string;
  field?: string;
  owner?: string;
  status?: string;
  year?: number;
}

export async function searchModels(db: Db, filter: ModelFilter, page: number, pageSize: number, today: string) {
  const conditions: (SQL | undefined)[] = [
    isNull(models.deletedAt),
    filter.readable === 'all' ? undefined : filter.readable.length ? inArray(models.unitId, [...filter.readable]) : sql`false`,
    filter.unitId !== undefined ? eq(models.unitId, filter.unitId) : undefined,
    filter.field ? eq(models.field, filter.field) : undefined,
    filter.owner ? eq(models.owner, filter.owner) : undefined,
    filter.status ? eq(models.status, filter.status) : undefined,
    filter.year !== undefined ? sql`${models.startYear} <= ${filter.year} and (${models.stoppedYear} is null or ${models.stoppedYear} >= ${filter.year})` : undefined,
  ];
  for (const word of searchKey(filter.q).split(/\s+/).filter(Boolean)) {
    conditions.push(sql`${models.searchText} like ${`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  }
  const where = and(...conditions);
  // The total rides on the page's own scan; only a page past the end needs its own count.
  const rows = await db.select({ ...withNames(today), total: sql<number>`count(*) over ()` }).from(models).where(where)
    .orderBy(desc(models.startYear), asc(models.name), asc(models.id)).limit(pageSize).offset((page - 1) * pageSize);
  if (rows.length) return { items: rows.map(({ total: _, ...row }) => row), total: Number(rows[0]!.total) };
  const [counted] = page > 1 ? await db.select({ n: sql<number>`count(*)::int` }).from(models).where(where) : [{ n: 0 }];
  return { items: [], total: Number(counted?.n ?? 0) };
}
