import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.js';
import type { CalendarDay } from './rules.js';

/**
 * A year's working calendar as an administrator entered it: it replaces the shipped year (shipped.ts).
 * The year is edited as a whole, like the Ministry's notice it copies.
 */
export const workCalendars = pgTable('work_calendars', {
  year: integer('year').primaryKey(),
  days: jsonb('days').$type<CalendarDay[]>().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: integer('updated_by').references((): AnyPgColumn => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}, (t) => [check('work_calendars_year_check', sql`${t.year} between 2000 and 2200`)]);
