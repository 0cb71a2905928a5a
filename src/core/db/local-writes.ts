import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import type { Db } from './connection.js';
import { mayWrite } from './tree-watch.js';

/**
 * The embedded database's writes, counted. PGlite lives in this process and no other can open its data
 * directory (lock.ts), so every write passes through its client here: a count that has not moved since an
 * answer was made says nothing it read has changed, without asking (report-answer.ts). On PGlite that
 * question was half of a kept report's cost (its query runs in this thread).
 */
export interface LocalWrites {
  /** Tells this database from the others a process opens (the tests open many). */
  readonly id: string;
  readonly count: number;
}

const counts = new WeakMap<Db, LocalWrites>();

export const localWritesOf = (db: Db): LocalWrites | undefined => counts.get(db);

/**
 * Counts the writes of `client` for `db`: every statement that may write, once it has ended, and every
 * transaction, once it has committed or rolled back (its statements run inside, out of reach).
 */
export function countWrites(db: Db, client: PGlite): void {
  const writes = { id: randomUUID(), count: 0 };
  counts.set(db, writes);
  const bump = () => { writes.count++; };
  const { query, exec, transaction } = client;
  client.query = ((text: string, ...rest: unknown[]) =>
    (query as (...args: unknown[]) => Promise<unknown>).call(client, text, ...rest).finally(() => { if (mayWrite(text)) bump(); })) as PGlite['query'];
  client.exec = ((text: string, ...rest: unknown[]) =>
    (exec as (...args: unknown[]) => Promise<unknown>).call(client, text, ...rest).finally(() => { if (mayWrite(text)) bump(); })) as PGlite['exec'];
  client.transaction = ((fn: unknown) => (transaction as (fn: unknown) => Promise<unknown>).call(client, fn).finally(bump)) as PGlite['transaction'];
}
