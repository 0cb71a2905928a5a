import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { Db } from '../core/db/connection.js';
import { sessions, users } from './tables.js';
import type { Role } from '../core/access/rules.js';
import type { SessionInfo } from '../core/http/session.js';


const digest = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Db, userId: number, days: number, meta: { ip: string | null; userAgent: string | null }) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + days * 86_400_000);
  await db.insert(sessions).values({ id: digest(token), userId, csrfToken, expiresAt, ip: meta.ip, userAgent: meta.userAgent?.slice(0, 300) ?? null });
  // Expired sessions are swept here rather than by a timer: no background state in the process.
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  return { token, csrfToken, expiresAt };
}

/**
 * Sessions looked up in the last seconds, by token digest. Every API request starts with this lookup (a
 * join of sessions and users): under load it was one query of the three a list takes. A session ended or
 * an account changed in this process forgets them all at once; another process (a second server, the CLI)
 * is seen within `sessionCacheMs`, as a session never outlives its expiry here either.
 */
const sessionCacheMs = 2_000;
const maxCachedSessions = 10_000;
const cached = new Map<string, { info: SessionInfo; until: number }>();

/**
 * Called by every change to sessions or to the accounts they stand for (roles, unit, active), once it has
 * committed (ctx.afterCommit): forgotten earlier, a request in between would read and keep the old row.
 */
export function forgetCachedSessions(): void {
  cached.clear();
}

export async function findSession(db: Db, token: string): Promise<SessionInfo | null> {
  const id = digest(token);
  const kept = cached.get(id);
  if (kept && kept.until > Date.now()) return kept.info;
  const rows = await db
    .select({ id: users.id, username: users.username, unitId: users.unitId, roles: users.roles, csrfToken: sessions.csrfToken, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, new Date()), eq(users.active, true)))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  const info = { actor: { id: row.id, username: row.username, unitId: row.unitId, roles: row.roles as Role[] }, csrfToken: row.csrfToken };
  if (cached.size >= maxCachedSessions) cached.clear();
  cached.set(id, { info, until: Math.min(Date.now() + sessionCacheMs, row.expiresAt.getTime()) });
  return info;
}

/** Ends one session; the ended session's user, or null when the token held none. */
export async function deleteSession(db: Db, token: string): Promise<{ userId: number } | null> {
  const [ended] = await db.delete(sessions).where(eq(sessions.id, digest(token))).returning({ userId: sessions.userId });
  // One statement, committed by now (logging out runs outside a transaction).
  forgetCachedSessions();
  return ended ?? null;
}

/** Ends every session of a user but the one given (its cookie token): after a password change, elsewhere. The caller forgets the cache after its commit. */
export async function deleteOtherSessions(db: Db, userId: number, keepToken: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, digest(keepToken))));
}

/** Ends every session of a user; the caller forgets the cache after its commit. */
export async function deleteUserSessions(db: Db, userId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
