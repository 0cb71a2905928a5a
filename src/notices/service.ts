/**
 * Notices to a unit: features send them inside their own transaction (a reminder, a return), the unit's
 * accounts read them. A unit reads its own notices only; nobody else's, not even the level above.
 */
import type { Context } from '../core/context.js';
import type { Db } from '../core/db/connection.js';
import { todayIso } from '../core/vi-format.js';
import type { UnitNoticeList } from './schema.js';
import * as store from './store.js';

export type { NewNotice } from './store.js';

/** How many notices the list shows: the newest; older ones stay in the database. */
const listed = 30;

/** Sends the notices from the caller's unit, today; answers the ids of the units reached (see store.insertNotices). */
export function sendNotices(tx: Context, notices: readonly store.NewNotice[]): Promise<number[]> {
  const at = tx.now();
  return store.insertNotices(tx.db, { unitId: tx.actor.unitId, userId: tx.actor.id, at, day: todayIso(at) }, notices);
}

export async function unitNotices(ctx: Context): Promise<UnitNoticeList> {
  if (ctx.actor.unitId === null) return { unread: 0, items: [] };
  const { items, unread } = await store.noticesOf(ctx.db, ctx.actor.unitId, listed);
  return {
    unread,
    items: items.map((n) => ({
      id: n.id, kind: n.kind as store.NewNotice['kind'], text: n.text, requestId: n.requestId, reportId: n.reportId,
      senderName: n.senderName, sentAt: n.sentAt.toISOString(), read: n.readAt !== null,
    })),
  };
}

/** Marks every notice of the caller's unit read (the unit's inbox was opened). */
export async function markNoticesRead(ctx: Context): Promise<UnitNoticeList> {
  if (ctx.actor.unitId !== null) await store.markRead(ctx.db, ctx.actor.unitId, ctx.actor.id, ctx.now());
  return unitNotices(ctx);
}

/** "requestId:unitId" of the units reminded of those requests today. */
export const remindedToday = (db: Db, requestIds: readonly number[], today: string) => store.remindersOn(db, requestIds, today);
