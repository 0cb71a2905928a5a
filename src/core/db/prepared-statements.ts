import pg from 'pg';

/**
 * node-postgres clients for the application's pool. They keep reads prepared: without a name,
 * PostgreSQL parses and plans every query again, and for the list queries (joins of the unit history,
 * the recursive scope) planning took 2-4 times as long as running them (EXPLAIN ANALYZE of the bench's
 * routes); the server's CPU was half of what a read route cost. A named statement is parsed and planned
 * once per connection.
 *
 * Only reads are named, and only the first `maxNamed` distinct texts: each one stays prepared on every
 * connection of the pool until it closes, and a write whose text depends on its row count (bulk inserts)
 * would otherwise prepare a new statement at each size. A connection pooler in transaction mode (older
 * PgBouncer) cannot keep statements per connection: `DANVAN_PG_PREPARE=off` turns naming off.
 */
const maxNamed = 500;
const names = new Map<string, string>();

const readStatement = /^\s*(select|with)\b/i;

function statementName(text: string): string | undefined {
  const known = names.get(text);
  if (known || names.size >= maxNamed || !readStatement.test(text)) return known;
  const name = `danvan_${names.size + 1}`;
  names.set(text, name);
  return name;
}

type Query = (...args: unknown[]) => unknown;
const plainQuery = pg.Client.prototype.query as unknown as Query;

/**
 * A client class that names reads (when `prepare`) and tells `ended` the text of every statement once it
 * has ended, whether it succeeded or not (the tree watch forgets what it knew after a write).
 */
export function clientClass({ prepare, ended }: { prepare: boolean; ended: (text: string) => void }): typeof pg.Client {
  class DanvanClient extends pg.Client {}
  // query() is overloaded many ways in the typings; the forms used are a text or a config object, with a
  // callback (the pool's query) or a promise (a transaction's client).
  (DanvanClient.prototype as unknown as { query: Query }).query = function query(this: pg.Client, config: unknown, ...rest: unknown[]) {
    const text = typeof config === 'string' ? config : (config as { text?: unknown } | null)?.text;
    if (typeof text !== 'string') return plainQuery.call(this, config, ...rest);
    if (prepare && typeof config === 'object' && (config as { name?: unknown }).name === undefined) {
      const name = statementName(text);
      if (name) config = { ...(config as object), name };
    }
    const last = rest.length - 1;
    if (typeof rest[last] === 'function') {
      const callback = rest[last] as (...args: unknown[]) => void;
      rest[last] = (...args: unknown[]) => {
        ended(text);
        callback(...args);
      };
      return plainQuery.call(this, config, ...rest);
    }
    const result = plainQuery.call(this, config, ...rest);
    if (result instanceof Promise) return result.finally(() => ended(text));
    return result;
  };
  return DanvanClient;
}
