/** The accounts of a unit that has ended, moved to its successor (issue: accounts of ended units can only read). */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../core/db/connection.js';
import { recordAudit } from '../core/audit/writer.js';
import type { Context } from '../core/context.js';
import type { Role } from '../core/access/rules.js';
import type { UserOut } from './schema.js';
import { users } from './tables.js';
import { forgetCachedSessions } from './sessions.js';

export type AccountBrief = Pick<UserOut, 'id' | 'username' | 'fullName' | 'roles' | 'active'>;

export async function accountsOfUnit(db: Db, unitId: number): Promise<AccountBrief[]> {
  const rows = await db.select({ id: users.id, username: users.username, fullName: users.fullName, roles: users.roles, active: users.active })
    .from(users).where(eq(users.unitId, unitId)).orderBy(users.username);
  return rows.map((r) => ({ ...r, roles: r.roles as Role[] }));
}

/** Moves every account of `fromUnitId` (roles kept) to `toUnitId`; one audit row per account. */
export async function moveAccounts(ctx: Context, fromUnitId: number, toUnitId: number): Promise<number> {
  const moved = await ctx.db.update(users)
    .set({ unitId: toUnitId, version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(eq(users.unitId, fromUnitId))
    .returning({ id: users.id, username: users.username });
  // Their sessions act for the successor from the next request on.
  ctx.afterCommit(forgetCachedSessions);
  for (const user of moved) {
    await recordAudit(ctx.db, ctx, {
      unitId: toUnitId, entity: 'user', entityId: user.id, action: 'user.hand_over',
      before: { username: user.username, unitId: fromUnitId }, after: { username: user.username, unitId: toUnitId },
    });
  }
  return moved.length;
}
