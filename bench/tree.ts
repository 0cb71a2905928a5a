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
import { computeScope, loadScope } from '../src/core/access/scope.js';
import { time } from './time.js';
import { analyze, buildNationalTree } from './national.js';

const database = await freshDatabase();
const db = database.db;

const started = performance.now();
await buildNationalTree(db);
await analyze(database);
const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from units`);
console.log(`danvan bench on ${database.kind}: ${count!.n} units built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
await time('tree as of 2024-01-01 (10,794 units)', 15, () => listUnitsOn(db, '2024-01-01'));
await time('tree as of 2025-07-01 (3,355 units)', 15, () => listUnitsOn(db, '2025-07-01'));
await time('roll-up sources of one new commune', 50, () => rollupSourcesOf(db, 200001));
// Loaded once per request that checks access: a province keeps its ~98 communes today, and reads the
// ended districts and communes that went into them.
const provinceManager = { id: 1, username: 'bench', unitId: 1, roles: ['manager' as const] };
await time('scope of a province manager on 2026-12-01, walked', 30, () => computeScope(db, 1, '2026-12-01'));
await time('scope of a commune manager on 2026-12-01, walked', 50, () => computeScope(db, 200001, '2026-12-01'));
// What a request pays while the tree is unchanged: the generation read, the scope kept from before.
await time('scope of a province manager, kept', 50, () => loadScope(db, provinceManager, '2026-12-01'));
await database.close();
