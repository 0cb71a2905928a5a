import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../core/db/connection.js';
import { prepareDatabase } from '../setup.js';

/** The owner and the application role of every test database on the server. */
export const testRoles = ['danvan_test_owner', 'danvan_test_app'] as const;

/** Roles are shared by the whole server and test files start in parallel: creating one twice is no error. */
async function ensureRole(admin: pg.Client, role: string): Promise<void> {
  await admin.query(`create role ${role} login nosuperuser nocreatedb nocreaterole`).catch((err: { code?: string }) => {
    // 42710: it exists; 23505: another file created it at the same instant.
    if (err.code !== '42710' && err.code !== '23505') throw err;
  });
}

/**
 * A fresh, migrated database for one test file: an in-memory PGlite by default, or a new database on
 * the PostgreSQL server named by DATABASE_URL (created here, dropped on close), so files never share state.
 */
export interface TestDatabase extends Database {
  /** On PostgreSQL, the owner's connection string beside the application's (roles.ts); null on PGlite. */
  ownerUrl: string | null;
  /** Another connection string to the same test database, as `role`; null on PGlite. */
  urlAs(role: string): string | null;
}

export async function freshDatabase(): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ memory: true });
    await prepareDatabase(database);
    return { ...database, ownerUrl: null, urlAs: () => null };
  }
  const name = `danvan_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    // As production should run (roles.ts): the tables belong to an owner, the app logs in as a role that
    // may only insert into and read the audit log.
    for (const role of testRoles) await ensureRole(admin, role);
    await admin.query(`create database ${name} owner ${testRoles[0]}`);
  } finally {
    await admin.end();
  }
  const as = (role: string) => {
    const target = new URL(url);
    target.pathname = `/${name}`;
    target.username = role;
    target.password = '';
    return target.toString();
  };
  const database = await openDatabase({ url: as(testRoles[1]), ownerUrl: as(testRoles[0]) });
  await prepareDatabase(database);
  return {
    ...database,
    ownerUrl: as(testRoles[0]),
    urlAs: as,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
