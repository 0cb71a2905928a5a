import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pgliteExtensions } from './pglite-extensions.js';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import type { Config } from '../config.js';
import { lockDataDir } from './lock.js';
import { clientClass } from './prepared-statements.js';
import { mayWrite, TreeWatch, watchTree } from './tree-watch.js';
import { countWrites } from './local-writes.js';
import { dumpPostgres } from './backup.js';
import { driverErrorOf } from './errors.js';
import { grantApplicationRole, ownerNeeded, roleOf } from './roles.js';
import { pgliteJobsDb, postgresJobsDb, type JobsDb } from './jobs-db.js';

/**
 * A database or a transaction: the same query API on PGlite and node-postgres. Queries name their tables
 * (each feature's tables.ts); src/schema.ts gathers them for drizzle-kit only.
 */
export type Db = PgDatabase<PgQueryResultHKT>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The same database for the job queue, which speaks plain SQL (never inside a drizzle transaction). */
  jobsDb: JobsDb;
  /**
   * Applies the committed migrations, then `install` (schema that is not drizzle's: the job queue's), both
   * as the owner of the tables when there is one, and gives the application role its rights on all of it.
   */
  migrate(install?: Installer): Promise<void>;
  /** A consistent copy of the whole database in `file` (backup.ts says which format). */
  backup(file: string): Promise<void>;
  close(): Promise<void>;
}

type Installer = (db: JobsDb) => Promise<void>;

const migrationsFolder = fileURLToPath(new URL('../../../db/migrations', import.meta.url));

/**
 * `url` is the application's connection; `ownerUrl`, when the tables belong to another role, runs the
 * migrations and backups (roles.ts).
 */
export type DatabaseTarget = { url: string; ownerUrl?: string | null; preparedStatements?: boolean } | { dataDir: string } | { memory: true };

/** Where the configuration says the database is. */
export function configuredTarget(config: Pick<Config, 'databaseUrl' | 'ownerDatabaseUrl' | 'dataDir' | 'preparedStatements'>): DatabaseTarget {
  return config.databaseUrl
    ? { url: config.databaseUrl, ownerUrl: config.ownerDatabaseUrl, preparedStatements: config.preparedStatements }
    : { dataDir: config.dataDir };
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ('url' in target) {
    // No JIT: danvan's queries are short, and the recursive scope query's row estimates made PostgreSQL
    // spend ~40 ms compiling it for a result of a few rows (npm run bench: scope of a commune manager).
    const watch = new TreeWatch(target.url);
    const Client = clientClass({ prepare: target.preparedStatements !== false, ended: (text) => { if (mayWrite(text)) watch.forget(); } });
    const pool = new pg.Pool({ connectionString: target.url, max: 10, options: '-c jit=off', Client });
    // The server dropped an idle connection (restart, failover, pg_terminate_backend): the pool opens a
    // new one on the next query. Without a listener this event would end the process.
    pool.on('error', (err) => console.warn(`PostgreSQL đóng một kết nối đang rảnh (${err.message}); sẽ mở kết nối mới khi cần.`));
    const db = drizzlePg(pool) as unknown as Db;
    watchTree(db, watch);
    await watch.start();
    const ownerUrl = target.ownerUrl && target.ownerUrl !== target.url ? target.ownerUrl : null;
    return {
      db,
      kind: 'postgres',
      jobsDb: postgresJobsDb(pool),
      migrate: (install) => migratePostgres(pool, ownerUrl, install),
      backup: (file) => dumpPostgres(ownerUrl ?? target.url, file),
      close: async () => {
        await watch.stop();
        await pool.end();
      },
    };
  }
  const release = 'dataDir' in target ? lockDataDir(target.dataDir) : () => undefined;
  try {
    const client = 'dataDir' in target
      ? await PGlite.create(path.join(target.dataDir, 'pg'), { extensions: pgliteExtensions })
      : await PGlite.create({ extensions: pgliteExtensions });
    const db = drizzlePglite(client) as unknown as Db;
    countWrites(db, client);
    const jobsDb = pgliteJobsDb(client);
    return {
      db,
      kind: 'pglite',
      jobsDb,
      migrate: async (install) => {
        await migratePglite(drizzlePglite(client), { migrationsFolder });
        await install?.(jobsDb);
      },
      backup: async (file) => {
        // PGlite's own dump of its data directory, taken between queries: a consistent copy.
        const tarball = await client.dumpDataDir('gzip');
        await fs.writeFile(file, Buffer.from(await tarball.arrayBuffer()));
      },
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

/**
 * Migrates (and installs) as the owner when there is one, then grants the application role its rights.
 * Several processes may start at once against one server: an advisory lock, held on one connection,
 * serialises the migrations.
 */
async function migratePostgres(pool: pg.Pool, ownerUrl: string | null, install?: Installer): Promise<void> {
  if (!ownerUrl) {
    await withClient(pool, migrateLocked);
    await install?.(postgresJobsDb(pool));
    return;
  }
  const owner = new pg.Pool({ connectionString: ownerUrl, max: 2 });
  owner.on('error', () => undefined);
  try {
    await withClient(owner, migrateLocked);
    await install?.(postgresJobsDb(owner));
    const appRole = await withClient(pool, roleOf);
    await withClient(owner, (client) => grantApplicationRole(client, appRole));
  } finally {
    await owner.end();
  }
}

async function withClient<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await work(client);
  } finally {
    client.release();
  }
}

async function migrateLocked(client: pg.PoolClient): Promise<void> {
  const lockKey = 7_270_001;
  try {
    await client.query('select pg_advisory_lock($1)', [lockKey]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } catch (err) {
    if (driverErrorOf(err)?.code === '42501') throw ownerNeeded(await roleOf(client));
    throw err;
  } finally {
    await client.query('select pg_advisory_unlock($1)', [lockKey]).catch(() => undefined);
  }
}

/** Rows of a raw SQL query; both drivers answer with `.rows`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
