/**
 * Logging in: each try is counted per account and per client address before the password is checked
 * (rules.ts, takeLoginTry), failures and logouts go to the audit log, and a good password gives its tries back.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../core/db/connection.js';
import { AppError } from '../core/errors.js';
import { recordAudit } from '../core/audit/writer.js';
import { loginLimits, takeLoginTry, waitText, type LoginLimit } from './rules.js';
import { type Role } from '../core/access/rules.js';
import { dummyHash, verifyPassword } from './passwords.js';
import { createSession, deleteSession } from './sessions.js';
import { loginThrottles, users } from './tables.js';

interface LoginMeta { ip: string | null; userAgent: string | null; sessionDays: number; now: Date }

const counters = (username: string, ip: string | null): [string, LoginLimit][] => [
  [`account:${username}`, loginLimits.account],
  ...(ip ? [[`address:${ip}`, loginLimits.address] as [string, LoginLimit]] : []),
];

/** Counts this try on every counter under their row locks; throws 429 with the wait when one is still running. */
async function takeTries(db: Db, username: string, ip: string | null, now: Date): Promise<void> {
  const refusal = await db.transaction(async (tx) => {
    const wanted = counters(username, ip);
    await tx.insert(loginThrottles).values(wanted.map(([key]) => ({ key }))).onConflictDoNothing();
    const rows = await tx.select().from(loginThrottles).where(inArray(loginThrottles.key, wanted.map(([key]) => key))).orderBy(loginThrottles.key).for('update');
    let wait = 0;
    const taken = wanted.map(([key, limit]) => {
      const row = rows.find((r) => r.key === key)!;
      const result = takeLoginTry({ failures: row.failures, lastAt: row.lastAt, blockedUntil: row.blockedUntil }, now, limit);
      wait = Math.max(wait, result.retryAfterSeconds);
      return { key, next: result.next };
    });
    // A refused try is not counted anywhere: waiting out the delay is enough.
    if (wait > 0) return wait;
    for (const { key, next } of taken) await tx.update(loginThrottles).set(next).where(eq(loginThrottles.key, key));
    return 0;
  });
  if (refusal > 0) {
    throw new AppError('throttled', 'LOGIN_THROTTLED', `Đã đăng nhập sai nhiều lần. Vui lòng thử lại sau ${waitText(refusal)}.`, { retryAfterSeconds: refusal });
  }
}

/** A good password: the account starts afresh, the address gets back the try it was charged. */
async function giveBack(db: Db, username: string, ip: string | null): Promise<void> {
  await db.delete(loginThrottles).where(eq(loginThrottles.key, `account:${username}`));
  if (ip) {
    await db.update(loginThrottles).set({ failures: sql`greatest(${loginThrottles.failures} - 1, 0)` }).where(eq(loginThrottles.key, `address:${ip}`));
  }
}

export async function login(db: Db, input: { username: string; password: string }, meta: LoginMeta) {
  await takeTries(db, input.username, meta.ip, meta.now);
  const [user] = await db.select().from(users).where(eq(users.username, input.username)).limit(1);
  // The same work whether or not the account exists, so timing does not tell which usernames are real.
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : (await verifyPassword(await dummyHash, input.password), false);
  if (!user || !ok || !user.active) {
    await db.transaction(async (tx) => {
      await recordAudit(tx, { actor: null, ip: meta.ip }, {
        unitId: user?.unitId ?? null, entity: 'session', entityId: input.username, action: 'auth.login_failed',
        after: { username: input.username, reason: !user || !ok ? 'wrong_credentials' : 'disabled' },
      });
    });
    if (!user || !ok) throw new AppError('unauthenticated', 'INVALID_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');
    throw new AppError('unauthenticated', 'ACCOUNT_DISABLED', 'Tài khoản đã bị khóa. Hãy liên hệ quản trị viên.');
  }
  await giveBack(db, input.username, meta.ip);
  const session = await createSession(db, user.id, meta.sessionDays, meta);
  await db.transaction(async (tx) => {
    await recordAudit(tx, { actor: user, ip: meta.ip }, { unitId: user.unitId, entity: 'session', entityId: user.username, action: 'auth.login' });
  });
  return { session, user, actor: { id: user.id, username: user.username, unitId: user.unitId, roles: user.roles as Role[] } };
}

/** Ends the caller's session, in the audit log too when the session was a real one. */
export async function logout(db: Db, token: string, ip: string | null): Promise<void> {
  const ended = await deleteSession(db, token);
  if (!ended) return;
  const [user] = await db.select().from(users).where(eq(users.id, ended.userId));
  if (!user) return;
  await db.transaction(async (tx) => {
    await recordAudit(tx, { actor: user, ip }, { unitId: user.unitId, entity: 'session', entityId: user.username, action: 'auth.logout' });
  });
}
