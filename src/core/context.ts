import type { Db } from './db/connection.js';
import type { Actor, Scope } from '../accounts/rules.js';
import { loadScope } from '../accounts/scope.js';

/** What a service needs to know about the call: the database, who acts, from where, and their reach. */
export interface Context {
  db: Db;
  actor: Actor;
  ip: string | null;
  scope(): Promise<Scope>;
}

export function makeContext(db: Db, actor: Actor, ip: string | null): Context {
  let scope: Promise<Scope> | undefined;
  return { db, actor, ip, scope: () => (scope ??= loadScope(db, actor)) };
}
