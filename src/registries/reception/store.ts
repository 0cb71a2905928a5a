import { and, asc, desc, eq, getTableColumns, gte, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/connection.js';
import { keptNames, matchesWords, pageWithTotal } from '../kit/records.js';
import { receptionSessions as sessions } from './tables.js';

const withNames = (today: string) => ({ ...getTableColumns(sessions), ...keptNames(sessions, today) });
export type ReceptionRow = Awaited<ReturnType<typeof findSession>> & object;

export async function findSession(db: Db, id: number, today: string, { lock = false } = {}) {
  const query = db.select(withNames(today)).from(sessions).where(eq(sessions.id, id)).limit(1);
  const rows = lock ? await query.for('update', { of: sessions }) : await query;
  return rows[0] ?? null;
}

export async function searchSessions(db: Db, filter: { inScope: SQL | undefined; unitId?: number; q?: string; kind?: string; from?: string; to?: string }, page: number, pageSize: number, today: string) {
  const where = and(
    isNull(sessions.deletedAt), filter.inScope,
    filter.unitId !== undefined ? eq(sessions.unitId, filter.unitId) : undefined,
    filter.kind ? eq(sessions.kind, filter.kind) : undefined,
    filter.from ? gte(sessions.heldOn, filter.from) : undefined,
    filter.to ? lte(sessions.heldOn, filter.to) : undefined,
    ...matchesWords(sessions.searchText, filter.q),
  );
  const rows = await db.select({ ...withNames(today), total: sql<number>`count(*) over ()` }).from(sessions).where(where)
    .orderBy(desc(sessions.heldOn), asc(sessions.id)).limit(pageSize).offset((page - 1) * pageSize);
  return pageWithTotal(rows, async () => Number((await db.select({ n: sql<number>`count(*)::int` }).from(sessions).where(where))[0]?.n ?? 0));
}
