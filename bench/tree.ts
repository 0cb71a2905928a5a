/**
 * Benchmark: the unit tree as of a date and a unit's roll-up sources, at national scale.
 * Builds the pre-2025 country (63 provinces, 696 districts, 10,035 communes) and the 01/07/2025 reform
 * (34 provinces, 3,321 communes, districts ended) with bulk SQL, then times the real queries.
 * Run: npm run bench  (DATABASE_URL=postgres://... npm run bench for the server)
 */
import { sql } from 'drizzle-orm';
import { freshDatabase } from '../src/testing/database.js';
import { listUnitsOn } from '../src/units/store.js';
import { rollupSourcesOf } from '../src/units/history-store.js';
import { queryRows } from '../src/core/db/connection.js';
import { loadScope } from '../src/core/access/scope.js';
import { time } from './time.js';

const database = await freshDatabase();
const db = database.db;

async function build() {
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
  await db.execute(sql`analyze`);
}

const started = performance.now();
await build();
const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from units`);
console.log(`danvan bench on ${database.kind}: ${count!.n} units built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
await time('tree as of 2024-01-01 (10,794 units)', 15, () => listUnitsOn(db, '2024-01-01'));
await time('tree as of 2025-07-01 (3,355 units)', 15, () => listUnitsOn(db, '2025-07-01'));
await time('roll-up sources of one new commune', 50, () => rollupSourcesOf(db, 200001));
// Loaded once per request that checks access: a province keeps its ~98 communes today, and reads the
// ended districts and communes that went into them.
const provinceManager = { id: 1, username: 'bench', unitId: 1, roles: ['manager' as const] };
await time('scope of a province manager on 2026-12-01', 30, () => loadScope(db, provinceManager, '2026-12-01'));
await time('scope of a commune manager on 2026-12-01', 50, () => loadScope(db, { ...provinceManager, unitId: 200001 }, '2026-12-01'));
await database.close();
