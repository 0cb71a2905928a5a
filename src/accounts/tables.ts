import { sql } from 'drizzle-orm';
import {
  boolean, check, index, integer, pgTable, serial, text, timestamp, uniqueIndex, type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { units } from '../units/tables.js';

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  username: text('username').notNull(),
  fullName: text('full_name').notNull(),
  unitId: integer('unit_id').notNull().references((): AnyPgColumn => units.id),
  roles: text('roles').array().notNull(),
  passwordHash: text('password_hash').notNull(),
  active: boolean('active').notNull().default(true),
  /** Created by the demo loader; never by anything else. */
  demo: boolean('demo').notNull().default(false),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [
  uniqueIndex('users_username_key').on(t.username),
  index('users_unit_idx').on(t.unitId),
  check('users_roles_check', sql`cardinality(${t.roles}) > 0`),
]);

/** Sessions live in the database so several app processes can share one PostgreSQL. */
export const sessions = pgTable('sessions', {
  /** SHA-256 of the cookie token: a leaked table does not give usable cookies. */
  id: text('id').primaryKey(),
  userId: integer('user_id').notNull().references(() => users.id),
  csrfToken: text('csrf_token').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  ip: text('ip'),
  userAgent: text('user_agent'),
}, (t) => [index('sessions_user_idx').on(t.userId)]);

/**
 * Login tries counted per account ("account:<username>") and per client address ("address:<ip>"). A try
 * is counted before its password is checked, under the row's lock, so parallel guesses cannot all slip
 * through between a read and a write; a good password gives its try back.
 */
export const loginThrottles = pgTable('login_throttles', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lastAt: timestamp('last_at', { withTimezone: true }),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});
