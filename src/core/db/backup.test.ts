/**
 * Backup and restore round-trip: the demo (units, accounts, reports with their versions, the audit log)
 * is backed up, restored into an empty database, and every table holds the same rows after. A restore
 * over data is refused unless asked for. Embedded database always; PostgreSQL when the suite runs there.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../demo/load.js';
import { prepareDatabase } from '../../setup.js';
import { openDatabase, queryRows, type Database } from './connection.js';
import { restoreDataDir, restorePostgres } from './backup.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-backup-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Every table's rows, each as its JSON, in a stable order: equal snapshots mean the same data. */
async function snapshot(database: Database): Promise<Record<string, string[]>> {
  const tables = await queryRows<{ name: string }>(database.db, sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`);
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = await queryRows<{ row: string }>(database.db, sql.raw(`select to_jsonb(t)::text as row from "${name}" t`));
    out[name] = rows.map((r) => r.row).sort();
  }
  return out;
}

async function filled(database: Database) {
  await prepareDatabase(database);
  await loadDemo(database);
  return snapshot(database);
}

describe('backup and restore on the embedded database', () => {
  it('round-trips every row, and refuses to restore over data without --replace', async () => {
    const original = await openDatabase({ dataDir: path.join(work, 'a') });
    const before = await filled(original);
    const file = path.join(work, 'a.tar.gz');
    await original.backup(file);
    await original.close();
    expect(before.reports!.length).toBeGreaterThan(3);
    expect(before.audit_log!.length).toBeGreaterThan(10);

    await restoreDataDir(path.join(work, 'b'), file);
    const restored = await openDatabase({ dataDir: path.join(work, 'b') });
    expect(await snapshot(restored)).toEqual(before);
    await restored.close();

    await expect(restoreDataDir(path.join(work, 'b'), file)).rejects.toMatchObject({ code: 'RESTORE_TARGET_NOT_EMPTY' });
    await expect(restoreDataDir(path.join(work, 'c'), path.join(work, 'khong-co.tar.gz'))).rejects.toMatchObject({ code: 'BACKUP_FILE_NOT_FOUND' });
  }, 120_000);
});

describe.runIf(process.env.DATABASE_URL)('backup and restore on PostgreSQL', () => {
  const server = process.env.DATABASE_URL!;
  const names = [1, 2].map(() => `danvan_backup_${randomBytes(5).toString('hex')}`);
  const urlOf = (name: string) => Object.assign(new URL(server), { pathname: `/${name}` }).toString();
  async function admin(statement: string) {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(statement);
    await client.end();
  }
  afterAll(async () => { for (const name of names) await admin(`drop database if exists ${name} with (force)`); });

  it('round-trips every row through pg_dump and pg_restore, and refuses to restore over data', async () => {
    for (const name of names) await admin(`create database ${name}`);
    const original = await openDatabase({ url: urlOf(names[0]!) });
    const before = await filled(original);
    // A PDF job in flight carries a report's text: the copy keeps the queue's tables, not its rows.
    await original.db.execute(sql`insert into pgboss.job (name, data) values ('pdf', '{"docx": "nội dung dự thảo"}')`);
    const file = path.join(work, 'pg.dump');
    await original.backup(file);
    await original.close();

    await restorePostgres(urlOf(names[1]!), file);
    const restored = await openDatabase({ url: urlOf(names[1]!) });
    expect(await snapshot(restored)).toEqual(before);
    expect(await queryRows(restored.db, sql`select id from pgboss.job`)).toEqual([]);
    await restored.close();
    await expect(restorePostgres(urlOf(names[1]!), file)).rejects.toMatchObject({ code: 'RESTORE_TARGET_NOT_EMPTY' });
  }, 120_000);
});
