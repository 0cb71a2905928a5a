/**
 * Figures are kept between reads and never served stale: any change to a counted table, by any path
 * (here plain SQL that no service sees), gives the unit a new generation; a change rolled back leaves the
 * figures as the committed records give them; moving a record to another unit changes both units.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../core/db/connection.js';
import { parsePeriod, type NamedPeriod } from '../periods/rules.js';
import { testApp, type TestApp } from '../testing/app.js';
import { twoLevelTree, type TwoLevelTree } from '../testing/factories.js';
import { keptFigures } from './kept-figures.js';

let t: TestApp;
let tree: TwoLevelTree;
let ids: number[];
const year = parsePeriod('2023') as NamedPeriod;
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  tree = await twoLevelTree(t, ['Trà Thử', 'Sơn Thử']);
  const rows = await queryRows<{ id: number }>(t.database.db, sql`select id from units where code in (${tree.communes[0]!.code}, ${tree.communes[1]!.code}) order by code`);
  ids = rows.map((r) => Number(r.id));
});
afterAll(async () => { await t.close(); });

const sessions = async (unitId: number) => (await keptFigures(t.database.db, unitId, [year]))[0]!['outreach.sessions']!.value;
const insertSession = (db: typeof t.database.db, unitId: number) => db.execute(sql`
  insert into outreach_sessions (unit_id, held_on, topic, form, participants, search_text)
  values (${unitId}, '2023-05-10', 'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở', 'conference', 120, 'tuyen truyen')`);

describe('số liệu được giữ giữa các lần đọc', () => {
  it('serves the kept figures until a counted table changes, by whatever path', async () => {
    expect(await sessions(ids[0]!)).toBe(0);
    const [first] = await keptFigures(t.database.db, ids[0]!, [year]);
    expect((await keptFigures(t.database.db, ids[0]!, [year]))[0]).toBe(first);
    await insertSession(t.database.db, ids[0]!);
    expect(await sessions(ids[0]!)).toBe(1);
    // The other commune's figures are its own and did not change.
    expect(await sessions(ids[1]!)).toBe(0);
  });

  it('forgets what a rolled-back change computed', async () => {
    await t.database.db.transaction(async (tx) => {
      await insertSession(tx, ids[0]!);
      expect((await keptFigures(tx, ids[0]!, [year]))[0]!['outreach.sessions']!.value).toBe(2);
      tx.rollback();
    }).catch((err: Error) => { if (!/rollback/i.test(err.message)) throw err; });
    expect(await sessions(ids[0]!)).toBe(1);
  });

  it('counts a record moved to another unit in both', async () => {
    expect(await sessions(ids[1]!)).toBe(0);
    await t.database.db.execute(sql`update outreach_sessions set unit_id = ${ids[1]!} where unit_id = ${ids[0]!}`);
    expect(await sessions(ids[0]!)).toBe(0);
    expect(await sessions(ids[1]!)).toBe(1);
  });
});
