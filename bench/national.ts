/**
 * The country before and after the 01/07/2025 reform, in bulk SQL: 63 provinces, 696 districts and 10,035
 * communes from 2020; 34 provinces and 3,321 new communes (ids 200001..203321), each the merge of about
 * three old ones, from 2025.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Db } from '../src/core/db/connection.js';

export const newCommuneIds = { first: 200001, count: 3321 };

export async function buildNationalTree(db: Db): Promise<void> {
  await db.execute(sql`insert into unit_events (id, type, effective_date, legal_basis) values
    (1, 'create', '2020-01-01', 'bench'), (2, 'merge', '2025-07-01', 'bench'), (3, 'dissolve', '2025-07-01', 'bench')`);
  // Old provinces 1..63, old districts, old communes (ids offset), new communes from 2025.
  await db.execute(sql`insert into units (id, code, level, valid_from, valid_to)
    select p, 'P' || p, 'province', '2020-01-01', case when p > 34 then '2025-07-01'::date end from generate_series(1, 63) p`);
  await db.execute(sql`insert into units (id, code, level, valid_from, valid_to)
    select 1000 + d, 'D' || d, 'district', '2020-01-01', '2025-07-01' from generate_series(1, 696) d`);
  await db.execute(sql`insert into units (id, code, level, valid_from, valid_to)
    select 100000 + c, 'C' || c, 'commune', '2020-01-01', '2025-07-01' from generate_series(1, 10035) c`);
  await db.execute(sql`insert into units (id, code, level, valid_from)
    select 200000 + n, 'N' || n, 'commune', '2025-07-01' from generate_series(1, 3321) n`);
  await db.execute(sql`insert into unit_versions (unit_id, name, type_name, parent_id, valid_from, valid_to, event_id)
    select id, 'Tỉnh ' || code, 'Tỉnh', null, valid_from, valid_to, 1 from units where level = 'province'`);
  await db.execute(sql`insert into unit_versions (unit_id, name, type_name, parent_id, valid_from, valid_to, event_id)
    select 1000 + d, 'Huyện ' || d, 'Huyện', 1 + (d % 63), '2020-01-01', '2025-07-01', 1 from generate_series(1, 696) d`);
  await db.execute(sql`insert into unit_versions (unit_id, name, type_name, parent_id, valid_from, valid_to, event_id)
    select 100000 + c, 'Xã ' || c, 'Xã', 1001 + (c % 696), '2020-01-01', '2025-07-01', 1 from generate_series(1, 10035) c`);
  await db.execute(sql`insert into unit_versions (unit_id, name, type_name, parent_id, valid_from, valid_to, event_id)
    select 200000 + n, 'Xã mới ' || n, 'Xã', 1 + (n % 34), '2025-07-01', null, 2 from generate_series(1, 3321) n`);
  // Each new commune is the merge of about three old ones.
  // One merge event per new commune, as the reform resolutions list them.
  await db.execute(sql`insert into unit_events (id, type, effective_date, legal_basis) select 10 + n, 'merge', '2025-07-01', 'bench' from generate_series(1, 3321) n`);
  await db.execute(sql`insert into unit_event_units (event_id, unit_id, role) select 10 + n, 200000 + n, 'target' from generate_series(1, 3321) n`);
  await db.execute(sql`insert into unit_event_units (event_id, unit_id, role) select 10 + 1 + (c % 3321), 100000 + c, 'source' from generate_series(1, 10035) c`);
}


/**
 * Fresh planner statistics, as autovacuum keeps them in production. Only a table's owner may analyze it:
 * on PostgreSQL the application role's `analyze` skips every table (and the plans measured were blind).
 */
export async function analyze(database: { db: Db; ownerUrl: string | null }): Promise<void> {
  if (!database.ownerUrl) {
    await database.db.execute(sql`analyze`);
    return;
  }
  const owner = new pg.Client({ connectionString: database.ownerUrl });
  await owner.connect();
  try {
    await owner.query('analyze');
  } finally {
    await owner.end();
  }
}
