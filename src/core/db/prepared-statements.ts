import pg from 'pg';

/**
 * A node-postgres client that keeps its reads prepared. Without a name, PostgreSQL parses and plans every
 * query again: for the list queries (joins of the unit history, the recursive scope) planning took 2-4
 * times as long as running them (EXPLAIN ANALYZE of the bench's routes), and the server's CPU was half
 * of what a read route cost. A named statement is parsed and planned once per connection.
 *
 * Only reads are named, and only the first `maxNamed` distinct texts: each one stays prepared on every
 * connection of the pool until it closes, and a write whose text depends on its row count (bulk inserts)
 * would otherwise prepare a new statement at each size. A connection pooler in transaction mode (older
 * PgBouncer) cannot keep statements per connection: `DANVAN_PG_PREPARE=off` turns this off.
 */
const maxNamed = 500;
const names = new Map<string, string>();

const readStatement = /^\s*(select|with)\b/i;

export function statementName(text: string): string | undefined {
  const known = names.get(text);
  if (known || names.size >= maxNamed || !readStatement.test(text)) return known;
  const name = `danvan_${names.size + 1}`;
  names.set(text, name);
  return name;
}

interface QueryConfigLike { text?: unknown; name?: unknown }

export class PreparingClient extends pg.Client {}

const plainQuery = pg.Client.prototype.query;
// query() is overloaded many ways in the typings; what matters here is the one form drizzle uses, a config object.
(PreparingClient.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function query(this: pg.Client, config: unknown, ...rest: unknown[]) {
  if (config && typeof config === 'object' && (config as QueryConfigLike).name === undefined && typeof (config as QueryConfigLike).text === 'string') {
    const name = statementName((config as { text: string }).text);
    if (name) config = { ...config, name };
  }
  return (plainQuery as (...args: unknown[]) => unknown).call(this, config, ...rest);
};
