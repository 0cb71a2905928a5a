import pg from 'pg';
import type { Db } from './connection.js';

/**
 * The unit tree's generation (migration 0014) as this process last read it, so that a read outside a
 * transaction does not ask the database for it on every request: on PostgreSQL that query was one round
 * trip of the three a list takes, and each round trip is a system call that wakes the server
 * (bench/http.ts). What is known is forgotten, never updated, so a stale value can only come from a
 * change this process has not heard of yet:
 * - every statement of this process that may write (anything but a select) forgets it when it ends,
 *   so a change made here is seen by the next read here;
 * - every change of the tree anywhere notifies `unit_tree_changed` at its commit (migration 0027), which
 *   the watch LISTENs to on a connection of its own: another server sees it within the notification's
 *   delay;
 * - while that connection is down, nothing is known and every read asks.
 * A value read is only kept when nothing was forgotten while it was being read.
 */
export class TreeWatch {
  private known: { instance: string; generation: string } | null = null;
  private epoch = 0;
  private client: pg.Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(private readonly url: string) {}

  /** What is known now, and the epoch to hand back to `learn` with what a query read. */
  current(): { known: { instance: string; generation: string } | null; epoch: number } {
    return { known: this.client ? this.known : null, epoch: this.epoch };
  }

  learn(value: { instance: string; generation: string }, epoch: number): void {
    if (this.client && epoch === this.epoch) this.known = value;
  }

  forget(): void {
    this.epoch++;
    this.known = null;
  }

  async start(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url });
    const lost = () => {
      if (this.client === client) this.client = null;
      this.forget();
      void discard(client);
      this.scheduleRetry();
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', () => this.forget());
    try {
      await client.connect();
      await client.query('listen unit_tree_changed');
    } catch {
      lost();
      return;
    }
    if (this.closed) {
      await discard(client);
      return;
    }
    this.forget();
    this.client = client;
  }

  private scheduleRetry(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.start();
    }, 1_000);
    this.retry.unref();
  }

  async stop(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    this.forget();
    if (client) await discard(client);
  }
}

/** Closes a listening connection that is no longer wanted; what it reports while closing is of no interest. */
async function discard(client: pg.Client): Promise<void> {
  client.removeAllListeners();
  client.on('error', () => undefined);
  await client.end().catch(() => undefined);
}

/** The watch of a database's own handle (not of a transaction: inside one, the tree may be its own). */
const watches = new WeakMap<Db, TreeWatch>();

export function watchTree(db: Db, watch: TreeWatch): void {
  watches.set(db, watch);
}

export const treeWatchOf = (db: Db): TreeWatch | undefined => watches.get(db);

/**
 * A statement after which what is known is forgotten: anything but a select, or a WITH whose words
 * outside its string literals (the scope's `type in ('merge', 'split')`) name no write.
 */
export function mayWrite(text: string): boolean {
  if (/^\s*select\b/i.test(text)) return false;
  if (!/^\s*with\b/i.test(text)) return true;
  return /\b(insert|update|delete|merge)\b/i.test(text.replace(/'(?:[^']|'')*'/g, "''"));
}
