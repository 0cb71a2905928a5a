/** Who a row names, for features that show the person behind a change (never through the accounts tables). */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../db/connection.js';

export const usernameOf = (userId: SQL) => sql<string | null>`(select ua.username from users ua where ua.id = ${userId})`;
export const fullNameOf = (userId: SQL) => sql<string | null>`(select ua.full_name from users ua where ua.id = ${userId})`;

/** Who an account is (null: no such account). */
export async function userBrief(db: Db, id: number | null): Promise<{ username: string; fullName: string } | null> {
  if (id === null) return null;
  const [row] = await queryRows<{ username: string; full_name: string }>(db, sql`select username, full_name from users where id = ${id}`);
  return row ? { username: row.username, fullName: row.full_name } : null;
}
