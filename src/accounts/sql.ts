/** Who a row names, in SQL, for features that show the person behind a change (never the accounts tables). */
import { sql, type SQL } from 'drizzle-orm';

export const usernameOf = (userId: SQL) => sql<string | null>`(select ua.username from users ua where ua.id = ${userId})`;
export const fullNameOf = (userId: SQL) => sql<string | null>`(select ua.full_name from users ua where ua.id = ${userId})`;
