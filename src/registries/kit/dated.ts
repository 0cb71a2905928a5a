/**
 * The store of a registry whose records each happened on a day (an outreach round, a reception, a class,
 * an inspection): one record read with its names, and a page filtered by unit, day range, a few coded
 * columns and words, newest first. The registries differ in their columns, not in how they are read.
 */
import { and, asc, desc, eq, getTableColumns, gte, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../core/db/connection.js';
import { keptNames, matchesWords, pageWithTotal } from './records.js';

type DatedTable = PgTable & {
  id: PgColumn; unitId: PgColumn; searchText: PgColumn; deletedAt: PgColumn; updatedBy: PgColumn; deletedBy: PgColumn;
};

export interface DatedFilter {
  inScope: SQL | undefined;
  unitId?: number;
  q?: string;
  from?: string;
  to?: string;
  /** Coded columns by the query's name for them ("form", "kind"). */
  coded?: Record<string, string | undefined>;
}

export function datedStore<T extends DatedTable>(table: T, dayColumn: PgColumn, codedColumns: Record<string, PgColumn> = {}) {
  const withNames = (today: string) => ({ ...getTableColumns(table), ...keptNames(table, today) });
  type Row = { [K in keyof ReturnType<typeof withNames>]: ReturnType<typeof withNames>[K]['_']['data'] };

  async function find(db: Db, id: number, today: string, { lock = false } = {}): Promise<Row | null> {
    const query = db.select(withNames(today)).from(table as PgTable).where(eq(table.id, id)).limit(1);
    const rows = lock ? await query.for('update', { of: table }) : await query;
    return (rows[0] as Row | undefined) ?? null;
  }

  async function search(db: Db, filter: DatedFilter, page: number, pageSize: number, today: string) {
    const where = and(
      isNull(table.deletedAt), filter.inScope,
      filter.unitId !== undefined ? eq(table.unitId, filter.unitId) : undefined,
      ...Object.entries(filter.coded ?? {}).map(([name, value]) => (value ? eq(codedColumns[name]!, value) : undefined)),
      filter.from ? gte(dayColumn, filter.from) : undefined,
      filter.to ? lte(dayColumn, filter.to) : undefined,
      ...matchesWords(table.searchText, filter.q),
    );
    const rows = await db.select({ ...withNames(today), total: sql<number>`count(*) over ()` }).from(table as PgTable).where(where)
      .orderBy(desc(dayColumn), asc(table.id)).limit(pageSize).offset((page - 1) * pageSize);
    return pageWithTotal(rows as (Row & { total: number })[], async () => Number((await db.select({ n: sql<number>`count(*)::int` }).from(table as PgTable).where(where))[0]?.n ?? 0));
  }

  return { find, search };
}
