import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from '../../accounts/tables.js';

/**
 * Answers to writes sent with an Idempotency-Key, per user: the same form submitted twice (a double
 * click, a retry after a lost answer) gets the first answer back instead of doing the work again.
 */
export const idempotencyKeys = pgTable('idempotency_keys', {
  userId: integer('user_id').notNull().references(() => users.id),
  key: text('key').notNull(),
  /** Method, route and a hash of the body: the same key with another request is refused. */
  fingerprint: text('fingerprint').notNull(),
  statusCode: integer('status_code'),
  response: text('response'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [primaryKey({ columns: [t.userId, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)]);
