import type { Db } from './db/connection.js';
import type { Actor, Scope } from '../accounts/rules.js';
import { loadScope } from '../accounts/scope.js';

/** What a service needs to know about the call: the database, who acts, from where, and their reach. */
export interface Context {
  db: Db;
  actor: Actor;
  ip: string | null;
  scope(): Promise<Scope>;
  /** The time of the call; the demo loader replays history at the dates the seeds give. */
  now(): Date;
}

export function makeContext(db: Db, actor: Actor, ip: string | null, now: () => Date = () => new Date()): Context {
  let scope: Promise<Scope> | undefined;
  return { db, actor, ip, now, scope: () => (scope ??= loadScope(db, actor)) };
}
