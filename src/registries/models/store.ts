import { and, asc, desc, eq, getTableColumns, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/connection.js';
import { keptNames, matchesWords, pageWithTotal } from '../kit/records.js';
import { mobilizationModels as models } from './tables.js';

const withNames = (today: string) => ({ ...getTableColumns(models), ...keptNames(models, today) });
export type ModelRow = Awaited<ReturnType<typeof findModel>> & object;

export async function findModel(db: Db, id: number, today: string, { lock = false } = {}) {
  const query = db.select(withNames(today)).from(models).where(eq(models.id, id)).limit(1);
  const rows = lock ? await query.for('update', { of: models }) : await query;
  return rows[0] ?? null;
}

export interface ModelFilter {
  inScope: SQL | undefined;
  unitId?: number;
  q?: string;
  field?: string;
  owner?: string;
  status?: string;
  year?: number;
}

export async function searchModels(db: Db, filter: ModelFilter, page: number, pageSize: number, today: string) {
  const where = and(
    isNull(models.deletedAt),
    filter.inScope,
    filter.unitId !== undefined ? eq(models.unitId, filter.unitId) : undefined,
    filter.field ? eq(models.field, filter.field) : undefined,
    filter.owner ? eq(models.owner, filter.owner) : undefined,
    filter.status ? eq(models.status, filter.status) : undefined,
    filter.year !== undefined ? sql`${models.startYear} <= ${filter.year} and (${models.stoppedYear} is null or ${models.stoppedYear} >= ${filter.year})` : undefined,
    ...matchesWords(models.searchText, filter.q),
  );
  const rows = await db.select({ ...withNames(today), total: sql<number>`count(*) over ()` }).from(models).where(where)
    .orderBy(desc(models.startYear), asc(models.name), asc(models.id)).limit(pageSize).offset((page - 1) * pageSize);
  return pageWithTotal(rows, async () => Number((await db.select({ n: sql<number>`count(*)::int` }).from(models).where(where))[0]?.n ?? 0));
}
