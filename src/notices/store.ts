import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../core/db/connection.js';
import { unitNameOn } from '../units/sql.js';
import type { NoticeKind } from './schema.js';
import { unitNotices } from './tables.js';

export interface NewNotice {
  unitId: number;
  kind: NoticeKind;
  text: string;
  requestId?: number | null;
  reportId?: number | null;
}

export interface Sender {
  unitId: number | null;
  userId: number | null;
  at: Date;
  day: string;
}

/**
 * Inserts the notices; a reminder already sent that day to the unit for the request is skipped by the
 * unique index (unit_notices_reminder_key), also when two reminders race. Answers the units reached.
 */
export async function insertNotices(db: Db, sender: Sender, notices: readonly NewNotice[]): Promise<number[]> {
  if (notices.length === 0) return [];
  const rows = await db.insert(unitNotices).values(notices.map((n) => ({
    unitId: n.unitId, kind: n.kind, text: n.text, requestId: n.requestId ?? null, reportId: n.reportId ?? null,
    senderUnitId: sender.unitId, sentBy: sender.userId, sentAt: sender.at, sentOn: sender.day,
  }))).onConflictDoNothing().returning({ unitId: unitNotices.unitId });
  return rows.map((r) => r.unitId);
}

/** The newest notices of a unit, with the sender named as on the day it sent, and how many are unread. */
export async function noticesOf(db: Db, unitId: number, limit: number) {
  const items = await db.select({
    id: unitNotices.id, kind: unitNotices.kind, text: unitNotices.text, requestId: unitNotices.requestId, reportId: unitNotices.reportId,
    sentAt: unitNotices.sentAt, readAt: unitNotices.readAt,
    senderName: sql<string | null>`${unitNameOn(sql`${unitNotices.senderUnitId}`, sql`${unitNotices.sentOn}`)}`,
  }).from(unitNotices).where(eq(unitNotices.unitId, unitId)).orderBy(desc(unitNotices.sentAt), desc(unitNotices.id)).limit(limit);
  const [count] = await db.select({ unread: sql<number>`count(*)::int` }).from(unitNotices)
    .where(and(eq(unitNotices.unitId, unitId), isNull(unitNotices.readAt)));
  return { items, unread: Number(count?.unread ?? 0) };
}

export async function markRead(db: Db, unitId: number, userId: number | null, at: Date): Promise<number> {
  const rows = await db.update(unitNotices).set({ readAt: at, readBy: userId })
    .where(and(eq(unitNotices.unitId, unitId), isNull(unitNotices.readAt))).returning({ id: unitNotices.id });
  return rows.length;
}

/** "requestId:unitId" of the reminders sent on `day` for the given requests. */
export async function remindersOn(db: Db, requestIds: readonly number[], day: string): Promise<Set<string>> {
  if (requestIds.length === 0) return new Set();
  const rows = await db.select({ requestId: unitNotices.requestId, unitId: unitNotices.unitId }).from(unitNotices)
    .where(and(eq(unitNotices.kind, 'reminder'), eq(unitNotices.sentOn, day), inArray(unitNotices.requestId, [...requestIds])));
  return new Set(rows.map((r) => `${r.requestId}:${r.unitId}`));
}
