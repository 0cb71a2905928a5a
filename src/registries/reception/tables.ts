import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, serial, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { deletionCheck, oneOf, recordKeeping } from '../kit/tables.js';
import { units } from '../../units/tables.js';
import { receptionKinds } from './rules.js';

/** Sessions of citizen reception and dialogues with the people, with who received and how many came. */
export const receptionSessions = pgTable('reception_sessions', {
  id: serial('id').primaryKey(),
  unitId: integer('unit_id').notNull().references((): AnyPgColumn => units.id),
  heldOn: date('held_on').notNull(),
  kind: text('kind').notNull(),
  /** Who received (or chaired the dialogue), and as what ("Chủ tịch UBND phường"). */
  host: text('host'),
  hostRole: text('host_role'),
  place: text('place'),
  /** Lượt công dân. */
  citizens: integer('citizens').notNull().default(0),
  /** Letters (đơn) handed in during the session; the petitions registry holds each letter. */
  letters: integer('letters').notNull().default(0),
  notes: text('notes'),
  ...recordKeeping(),
}, (t) => [
  index('reception_sessions_unit_idx').on(t.unitId, t.heldOn).where(sql`${t.deletedAt} is null`),
  check('reception_sessions_kind_check', oneOf(t.kind, receptionKinds)),
  check('reception_sessions_counts_check', sql`${t.citizens} >= 0 and ${t.letters} >= 0`),
  deletionCheck('reception_sessions_deleted_check', t),
]);
