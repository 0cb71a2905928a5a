/**
 * What the job queue (pg-boss) needs of the database: plain SQL with `$1` placeholders, outside drizzle.
 * pg-boss sends some scripts of several statements without parameters (its schema, its locked maintenance):
 * PGlite runs those only through `exec()` (simple protocol); `query()` refuses them ("cannot insert multiple
 * commands into a prepared statement", STACK.md).
 */
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';

export interface SqlResult {
  rows: Record<string, unknown>[];
}

export interface JobsSql {
  executeSql(text: string, values?: unknown[]): Promise<SqlResult>;
}

export interface JobsDb extends JobsSql {
  /** `fn` runs in one transaction on one connection: what it sends through its argument commits or rolls back together. */
  transaction<T>(fn: (tx: JobsSql) => Promise<T>): Promise<T>;
}

export function postgresJobsDb(pool: pg.Pool): JobsDb {
  return {
    executeSql: (text, values) => pool.query(text, values),
    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('begin');
        const result = await fn({ executeSql: (text, values) => client.query(text, values) });
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback').catch((e: Error) => { broken = e; });
        throw err;
      } finally {
        // A connection that could not even roll back is dropped, not handed to the next caller.
        client.release(broken);
      }
    },
  };
}

async function run(target: PGlite | Transaction, text: string, values?: unknown[]): Promise<SqlResult> {
  if (values?.length) return target.query(text, values);
  const results = await target.exec(text);
  return results.at(-1) ?? { rows: [] };
}

export function pgliteJobsDb(client: PGlite): JobsDb {
  return {
    async executeSql(text, values) {
      try {
        return await run(client, text, values);
      } catch (err) {
        // A failed script that began its own transaction leaves it open and aborted on the only connection,
        // where every later query would fail: close it.
        if (client.isInTransaction()) await client.exec('rollback');
        throw err;
      }
    },
    transaction: (fn) => client.transaction((tx) => fn({ executeSql: (text, values) => run(tx, text, values) })),
  };
}
