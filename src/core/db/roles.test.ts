import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, testRoles, type TestDatabase } from '../../testing/database.js';
import { openDatabase } from './connection.js';

// The suite on PostgreSQL logs in as the application role; these are the rights it must not have.
describe.skipIf(!process.env.DATABASE_URL)('the application role on PostgreSQL', () => {
  let database: TestDatabase;
  let app: pg.Client;
  let owner: pg.Client;
  const refusal = (statement: string, client = app) => client.query(statement).then(() => null, (e: { code?: string; message: string }) => e);

  beforeAll(async () => {
    database = await freshDatabase();
    app = new pg.Client({ connectionString: database.urlAs(testRoles[1])! });
    owner = new pg.Client({ connectionString: database.ownerUrl! });
    await app.connect();
    await owner.connect();
    await app.query(`insert into audit_log (action, entity, entity_id) values ('test.append', 'test', '1')`);
  });
  afterAll(async () => {
    await app.end();
    await owner.end();
    await database.close();
  });

  it('can add to the audit log and read it, but not change, empty or unprotect it', async () => {
    expect((await app.query(`select count(*)::int as n from audit_log where action = 'test.append'`)).rows[0].n).toBe(1);
    for (const statement of [
      "update audit_log set action = 'x'",
      'delete from audit_log',
      'truncate audit_log',
      'alter table audit_log disable trigger audit_log_append_only',
      'drop trigger audit_log_append_only on audit_log',
      'drop table audit_log',
    ]) {
      expect(await refusal(statement), statement).toMatchObject({ code: '42501' });
    }
    expect((await app.query(`select count(*)::int as n from audit_log where action = 'test.append'`)).rows[0].n).toBe(1);
  });

  it('cannot change the schema, and the owner is still held by the trigger', async () => {
    expect(await refusal('create table sneaky (id int)')).toMatchObject({ code: '42501' });
    expect(await refusal('alter table users add column sneaky int')).toMatchObject({ code: '42501' });
    expect(await refusal("update audit_log set action = 'x'", owner)).toMatchObject({ message: 'audit_log is append-only' });
  });

  it('is told to use the owner when it has to migrate alone', async () => {
    const bare = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await bare.connect();
    const name = `danvan_bare_${process.pid}`;
    await bare.query(`create database ${name} owner ${testRoles[0]}`);
    try {
      const url = new URL(database.urlAs(testRoles[1])!);
      url.pathname = `/${name}`;
      const alone = await openDatabase({ url: url.toString() });
      await expect(alone.migrate()).rejects.toMatchObject({ code: 'DATABASE_OWNER_NEEDED', message: expect.stringContaining('DANVAN_OWNER_DATABASE_URL') });
      await alone.close();
    } finally {
      await bare.query(`drop database if exists ${name} with (force)`);
      await bare.end();
    }
  });
});
