/**
 * A session ended inside a transaction stops working at its commit, even when another request looked it up
 * while the transaction was still open (the session cache of sessions.ts): the cache is forgotten after
 * the commit, not before the delete. PostgreSQL only: on PGlite a read outside the open transaction waits
 * for it, so no request can come in between.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../testing/app.js';
import { twoLevelTree, type TwoLevelTree } from '../testing/factories.js';
import { makeContext } from '../core/context.js';
import { deleteUserSessions, findSession, forgetCachedSessions } from './sessions.js';

const onPostgres = Boolean(process.env.DATABASE_URL);

describe.skipIf(!onPostgres)('phiên bị xóa trong một giao dịch', () => {
  let t: TestApp;
  let tree: TwoLevelTree;
  beforeAll(async () => {
    t = await testApp();
    tree = await twoLevelTree(t, ['An Thử']);
  });
  afterAll(async () => { await t.close(); });

  it('is refused from the commit on, though a request read it in between', async () => {
    const session = tree.admin;
    const token = decodeURIComponent(session.cookie.replace(/^danvan_session=/, '').split(';')[0]!);
    const db = t.database.db;
    const found = await findSession(db, token);
    expect(found).not.toBeNull();
    const ctx = makeContext(db, found!.actor, null);
    await ctx.transaction(async (tx) => {
      await deleteUserSessions(tx.db, found!.actor.id!);
      tx.afterCommit(forgetCachedSessions);
      // Another request, on another connection, still sees the session: the transaction has not committed.
      forgetCachedSessions();
      expect(await findSession(db, token)).not.toBeNull();
    });
    expect(await findSession(db, token)).toBeNull();
    expect((await t.call(session, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
  });
});
