import { and, asc, desc, eq, getTableColumns, gte, inArray, isNotNull, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/connection.js';
import { fullNameOf, usernameOf } from '../../core/access/people.js';
import { keptNames, matchesWords, pageWithTotal } from '../kit/records.js';
import { petitionCases as cases, petitionLetters as letters, petitionSenders as senders } from './tables.js';

const caseColumns = (today: string) => ({
  ...getTableColumns(cases), ...keptNames(cases, today),
  handlerUsername: usernameOf(sql`${cases.handlerId}`), handlerName: fullNameOf(sql`${cases.handlerId}`),
  // Written out: inside the subquery an unqualified "id" would be the letter's.
  letterCount: sql<number>`(select count(*)::int from petition_letters pl where pl.case_id = "petition_cases"."id" and pl.deleted_at is null)`,
});
export type CaseRow = Awaited<ReturnType<typeof findCase>> & object;

export async function findCase(db: Db, id: number, today: string, { lock = false } = {}) {
  const query = db.select(caseColumns(today)).from(cases).where(eq(cases.id, id)).limit(1);
  const rows = lock ? await query.for('update', { of: cases }) : await query;
  return rows[0] ?? null;
}

/**
 * A letter with its case's title and kind. The sender's name comes only when neither the letter nor its
 * case is a denunciation: a denouncer's identity is read by `findSender`, for the readers the law allows.
 */
const letterColumns = (today: string) => ({
  ...getTableColumns(letters), ...keptNames(letters, today),
  caseTitle: cases.title, caseKind: cases.kind,
  openSenderName: sql<string | null>`case when "petition_letters"."kind" <> 'denunciation' and "petition_cases"."kind" <> 'denunciation'
    then (select ps.name from petition_senders ps where ps.letter_id = "petition_letters"."id") end`,
});
export type LetterRow = Awaited<ReturnType<typeof findLetter>> & object;

export async function findLetter(db: Db, id: number, today: string, { lock = false } = {}) {
  const query = db.select(letterColumns(today)).from(letters).innerJoin(cases, eq(cases.id, letters.caseId)).where(eq(letters.id, id)).limit(1);
  const rows = lock ? await query.for('update', { of: letters }) : await query;
  return rows[0] ?? null;
}

export async function findSender(db: Db, letterId: number) {
  const [row] = await db.select().from(senders).where(eq(senders.letterId, letterId));
  return row ?? null;
}

export async function saveSender(db: Db, letterId: number, sender: { name: string | null; address: string | null; contact: string | null }) {
  await db.insert(senders).values({ letterId, ...sender }).onConflictDoUpdate({ target: senders.letterId, set: sender });
}

type Window = { inScope: SQL | undefined; unitId?: number; q?: string; kind?: string; from?: string; to?: string };

export async function searchLetters(db: Db, filter: Window & { caseId?: number }, page: number, pageSize: number, today: string) {
  const where = and(
    isNull(letters.deletedAt), filter.inScope,
    filter.unitId !== undefined ? eq(letters.unitId, filter.unitId) : undefined,
    filter.caseId !== undefined ? eq(letters.caseId, filter.caseId) : undefined,
    filter.kind ? eq(letters.kind, filter.kind) : undefined,
    filter.from ? gte(letters.receivedOn, filter.from) : undefined,
    filter.to ? lte(letters.receivedOn, filter.to) : undefined,
    ...matchesWords(letters.searchText, filter.q),
  );
  // The page and the total from the letters alone; the case of each is joined for the page's rows only
  // (joined first, every matching letter of a province was joined just to be counted).
  const found = await db.select({ id: letters.id, total: sql<number>`count(*) over ()` }).from(letters).where(where)
    .orderBy(desc(letters.receivedOn), desc(letters.id)).limit(pageSize).offset((page - 1) * pageSize);
  if (!found.length) return { items: [], total: Number((await db.select({ n: sql<number>`count(*)::int` }).from(letters).where(where))[0]?.n ?? 0) };
  const rows = await db.select(letterColumns(today)).from(letters).innerJoin(cases, eq(cases.id, letters.caseId)).where(inArray(letters.id, found.map((r) => r.id)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { items: found.map((r) => byId.get(r.id)!), total: Number(found[0]!.total) };
}

export async function lettersOfCase(db: Db, caseId: number, today: string) {
  return db.select(letterColumns(today)).from(letters).innerJoin(cases, eq(cases.id, letters.caseId))
    .where(and(eq(letters.caseId, caseId), isNull(letters.deletedAt))).orderBy(asc(letters.receivedOn), asc(letters.id));
}

export async function searchCases(db: Db, filter: Window & { status?: 'open' | 'closed' | 'overdue' }, page: number, pageSize: number, today: string) {
  const where = and(
    isNull(cases.deletedAt), filter.inScope,
    filter.unitId !== undefined ? eq(cases.unitId, filter.unitId) : undefined,
    filter.kind ? eq(cases.kind, filter.kind) : undefined,
    filter.from ? gte(cases.receivedOn, filter.from) : undefined,
    filter.to ? lte(cases.receivedOn, filter.to) : undefined,
    filter.status === 'closed' ? isNotNull(cases.closedOn) : filter.status ? isNull(cases.closedOn) : undefined,
    filter.status === 'overdue' ? lt(cases.dueOn, today) : undefined,
    ...matchesWords(cases.searchText, filter.q),
  );
  // Overdue first, then the nearest deadline, then the newest.
  const rows = await db.select({ ...caseColumns(today), total: sql<number>`count(*) over ()` }).from(cases).where(where)
    .orderBy(sql`(${cases.closedOn} is null and ${cases.dueOn} < ${today}::date) desc`, sql`${cases.closedOn} is not null`, asc(cases.dueOn), desc(cases.receivedOn), desc(cases.id))
    .limit(pageSize).offset((page - 1) * pageSize);
  return pageWithTotal(rows, async () => Number((await db.select({ n: sql<number>`count(*)::int` }).from(cases).where(where))[0]?.n ?? 0));
}

/** Live cases of a unit sharing words with a new letter: the duplicates a clerk should link to. */
export async function similarCases(db: Db, unitId: number, words: string[], kind: string | undefined, today: string) {
  const score = sql<number>`(${sql.join(words.map((w) => sql`(${cases.searchText} like ${`%${w}%`})::int`), sql` + `)})`;
  const needed = Math.max(2, Math.ceil(words.length / 3));
  return db.select({ ...caseColumns(today), score }).from(cases)
    .where(and(eq(cases.unitId, unitId), isNull(cases.deletedAt), kind ? eq(cases.kind, kind) : undefined, sql`${score} >= ${needed}`))
    .orderBy(desc(score), desc(cases.receivedOn)).limit(5);
}

/** What a case is counted and found by after its letters changed: its first day, its words, whether it has any. */
export async function caseLetterFacts(db: Db, caseId: number) {
  const rows = await db.select({ receivedOn: letters.receivedOn, searchText: letters.searchText }).from(letters)
    .where(and(eq(letters.caseId, caseId), isNull(letters.deletedAt))).orderBy(asc(letters.receivedOn));
  return { firstReceivedOn: rows[0]?.receivedOn ?? null, words: rows.map((r) => r.searchText) };
}

export async function insertCase(db: Db, values: typeof cases.$inferInsert) {
  const [row] = await db.insert(cases).values(values).returning({ id: cases.id });
  return row!.id;
}

export async function updateCase(db: Db, id: number, values: Partial<typeof cases.$inferInsert> | Record<string, unknown>) {
  await db.update(cases).set(values as never).where(eq(cases.id, id));
}

export async function insertLetter(db: Db, values: typeof letters.$inferInsert) {
  const [row] = await db.insert(letters).values(values).returning({ id: letters.id });
  return row!.id;
}

export async function updateLetter(db: Db, id: number, values: Record<string, unknown>) {
  await db.update(letters).set(values as never).where(eq(letters.id, id));
}

/** Open cases whose count may cross `year`: their deadlines are recomputed when its calendar changes. */
export async function openCasesAround(db: Db, year: number | null, today: string) {
  return db.select(caseColumns(today)).from(cases).where(and(
    isNull(cases.deletedAt), isNull(cases.closedOn),
    ...(year === null ? [] : [lte(cases.receivedOn, `${year}-12-31`), sql`coalesce(${cases.dueOn}, ${cases.receivedOn}) >= ${`${year - 1}-09-01`}::date`]),
  ));
}

export async function markIllustrative(db: Db, letterIds: readonly number[]) {
  if (!letterIds.length) return;
  await db.update(letters).set({ illustrative: true }).where(inArray(letters.id, [...letterIds]));
  await db.update(cases).set({ illustrative: true }).where(inArray(cases.id, db.select({ id: letters.caseId }).from(letters).where(inArray(letters.id, [...letterIds]))));
}
