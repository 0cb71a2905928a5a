/**
 * The PostgreSQL server's tree watch (tree-watch.ts): a scope read twice asks the tree's generation once,
 * a change made by another server (another connection) is seen once its notification arrives, a change
 * made here at once, and a lost listening connection only costs queries until it is back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { freshDatabase, type TestDatabase } from '../../testing/database.js';
import { queryRows } from './connection.js';
import { mayWrite, treeWatchOf } from './tree-watch.js';
import { loadScope } from '../access/scope.js';
import type { Actor } from '../access/rules.js';

const onPostgres = Boolean(process.env.DATABASE_URL);

describe('câu lệnh có thể ghi', () => {
  it('forgets after anything but a read', () => {
    expect(mayWrite('select id from units')).toBe(false);
    expect(mayWrite(`\n with recursive kept(id) as (select 1 from unit_events e where e.type in ('merge', 'split')) select id from kept`)).toBe(false);
    expect(mayWrite('with moved as (update units set code = code returning id) select * from moved')).toBe(true);
    expect(mayWrite('insert into units (code) values ($1)')).toBe(true);
    expect(mayWrite('commit')).toBe(true);
  });
});
const date = '2026-12-01';

describe.skipIf(!onPostgres)('cây đơn vị được theo dõi (PostgreSQL)', () => {
  let d: TestDatabase;
  let other: pg.Client;
  let actor: Actor;

  async function addUnit(run: (text: string) => Promise<unknown>, code: string, parentId: number | null): Promise<void> {
    await run(`with e as (insert into unit_events (type, effective_date, legal_basis) values ('create', '2020-01-01', 'Thử') returning id),
      u as (insert into units (code, level, valid_from) values ('${code}', '${parentId === null ? 'province' : 'commune'}', '2020-01-01') returning id)
      insert into unit_versions (unit_id, name, type_name, parent_id, valid_from, event_id) select u.id, '${code}', '${parentId === null ? 'Tỉnh' : 'Xã'}', ${parentId ?? 'null'}, '2020-01-01', e.id from u, e`);
  }
  const idOf = async (code: string) => (await queryRows<{ id: number }>(d.db, sql`select id from units where code = ${code}`))[0]!.id;
  const readable = async () => {
    const scope = await loadScope(d.db, actor, date);
    return scope.all ? [] : [...scope.readable].sort();
  };
  async function until(condition: () => boolean): Promise<void> {
    for (let waited = 0; !condition(); waited += 20) {
      if (waited > 3_000) throw new Error('Chờ quá 3 giây');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  beforeAll(async () => {
    d = await freshDatabase();
    other = new pg.Client({ connectionString: d.urlAs('danvan_test_app')! });
    await other.connect();
    await addUnit((text) => d.db.execute(sql.raw(text)), '97', null);
    actor = { id: null, username: 'thu', unitId: await idOf('97'), roles: ['manager'] };
  });
  afterAll(async () => {
    await other.end();
    await d.close();
  });

  it('reads the generation once, then knows it until the tree changes anywhere', async () => {
    const watch = treeWatchOf(d.db)!;
    expect(await readable()).toEqual([actor.unitId]);
    expect(watch.current().known).not.toBeNull();

    // Another server adds a commune: its commit's notification makes this one forget, then read again.
    await addUnit((text) => other.query(text), '97.A', actor.unitId);
    await until(() => watch.current().known === null);
    expect(await readable()).toEqual([actor.unitId, await idOf('97.A')].sort());

    // A change made here is seen by the very next read, before any notification.
    await addUnit((text) => d.db.execute(sql.raw(text)), '97.B', actor.unitId);
    expect(await readable()).toHaveLength(3);
  });

  it('knows nothing while its listening connection is down, and listens again', async () => {
    const watch = treeWatchOf(d.db)!;
    await readable();
    await other.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query = 'listen unit_tree_changed'`);
    await until(() => watch.current().known === null);
    await addUnit((text) => other.query(text), '97.C', actor.unitId);
    expect(await readable()).toHaveLength(4);
    // Back within its retry delay, it keeps what it reads again.
    await until(() => { void readable(); return watch.current().known !== null; });
    await addUnit((text) => other.query(text), '97.D', actor.unitId);
    await until(() => watch.current().known === null);
    expect(await readable()).toHaveLength(5);
  });
});
