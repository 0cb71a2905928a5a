import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, serial, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { deletionCheck, recordKeeping } from '../kit/tables.js';
import { units } from '../../units/tables.js';

/**
 * "Dân vận khéo" models, kept by the unit that runs them.
 */
export const mobilizationModels = pgTable('mobilization_models', {
  id: serial('id').primaryKey(),
  unitId: integer('unit_id').notNull().references((): AnyPgColumn => units.id),
  name: text('name').notNull(),
  owner: text('owner').notNull(),
  /** The organisation in words when `owner` is 'other', or a detail ("Chi hội phụ nữ thôn Tây"). */
  ownerDetail: text('owner_detail'),
  field: text('field').notNull(),
  level: text('level').notNull().default('commune'),
  startYear: integer('start_year').notNull(),
  village: text('village'),
  description: text('description'),
  results: text('results'),
  status: text('status').notNull().default('maintained'),
  stoppedYear: integer('stopped_year'),
  /** Recognition or award in words ("Được UBND huyện khen thưởng năm 2022"). */
  recognition: text('recognition'),
  ...recordKeeping(),
}, (t) => [
  // The engine counts a unit's live models by year.
  index('mobilization_models_unit_idx').on(t.unitId, t.startYear).where(sql`${t.deletedAt} is null`),
  check('mobilization_models_owner_check', sql`${t.owner} in ('ubnd', 'mttq', 'women', 'farmers', 'veterans', 'youth', 'trade_union', 'one_stop', 'other')`),
  check('mobilization_models_field_check', sql`${t.field} in ('economy', 'culture_society', 'defence_security', 'political_system')`),
  check('mobilization_models_level_check', sql`${t.level} in ('commune', 'district', 'province', 'central')`),
  check('mobilization_models_status_check', sql`${t.status} in ('maintained', 'replicated', 'stopped')`),
  check('mobilization_models_years_check', sql`${t.startYear} between 1945 and 2200 and (${t.stoppedYear} is null or ${t.stoppedYear} >= ${t.startYear})`),
  check('mobilization_models_stopped_check', sql`(${t.status} = 'stopped') = (${t.stoppedYear} is not null)`),
  deletionCheck('mobilization_models_deleted_check', t),
]);
