import type { Db } from './db/connection.js';
import type { Actor, Scope } from './access/rules.js';
import { loadScope } from './access/scope.js';
import { todayIso } from './vi-format.js';

/** What a service needs to know about the call: the database, who acts, from where, and their reach. */
export interface Context {
  /** The database, or inside `transaction` the transaction itself. */
  readonly db: Db;
  readonly actor: Actor;
  readonly ip: string | null;
  /** What the actor reaches on the day of the call (`now`), loaded once through `db`. */
  scope(): Promise<Scope>;
  /** The time of the call; the demo loader replays history at the dates the seeds give. */
  now(): Date;
  /**
   * Runs a use case in one transaction and hands it a context bound to it. While it runs, this context
   * refuses to query: on the embedded database (one connection) a query outside the open transaction
   * would wait for it forever. Nested calls join the open transaction.
   */
  transaction<T>(fn: (tx: Context) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` once the open transaction has committed (at once outside one): what a process keeps in
   * memory about rows it changed is forgotten only when no reader can see them as they were.
   */
  afterCommit(fn: () => void): void;
}

export class OutsideTransactionError extends Error {
  constructor() {
    super('A query ran outside the open transaction of its use case: use the context that ctx.transaction hands over.');
  }
}

export function makeContext(db: Db, actor: Actor, ip: string | null, now: () => Date = () => new Date()): Context {
  return bind(db, actor, ip, now, undefined, null);
}

/** `committed`: the callbacks of the open transaction, or null outside one. */
function bind(db: Db, actor: Actor, ip: string | null, now: () => Date, cachedScope: Promise<Scope> | undefined, committed: (() => void)[] | null): Context {
  let scope = cachedScope;
  let open = false;
  const guard = () => {
    if (open) throw new OutsideTransactionError();
  };
  const ctx: Context = {
    get db() {
      guard();
      return db;
    },
    actor,
    ip,
    now,
    scope() {
      if (scope) return scope;
      guard();
      return (scope = loadScope(db, actor, todayIso(now())));
    },
    async transaction(fn) {
      if (committed) return fn(ctx);
      guard();
      open = true;
      const callbacks: (() => void)[] = [];
      let result;
      try {
        result = await db.transaction((tx) => fn(bind(tx, actor, ip, now, scope, callbacks)));
      } finally {
        open = false;
      }
      for (const callback of callbacks) callback();
      return result;
    },
    afterCommit(fn) {
      if (committed) committed.push(fn);
      else fn();
    },
  };
  return ctx;
}
