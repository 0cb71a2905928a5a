/**
 * Benchmark (issue 12 §4): danvan's read routes under load, as a browser calls them (a session cookie),
 * beside a no-op Fastify route measured in the same run. The demo data, as the manager of seed 004's ward (Nguyễn Nghiêm) sees it: its report is a draft only its unit reads;
 * "one long report" is seed 004's (9 pages, the longest seed).
 * PGlite always; PostgreSQL too when DATABASE_URL is set, in the same process, so the PGlite report figure
 * is compared with the PostgreSQL one of the same run.
 * Run: npm run bench, or DATABASE_URL=postgres://... tsx bench/http.ts (DANVAN_BENCH_SECONDS per route, 6 by default)
 */
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type Database } from '../src/core/db/connection.js';
import { loadConfig } from '../src/core/config.js';
import { loadDemo } from '../src/demo/load.js';
import { prepareDatabase } from '../src/setup.js';
import { buildApp } from '../src/server.js';
import { createJobs } from '../src/jobs.js';
import { freshDatabase } from '../src/testing/database.js';
import { analyze } from './national.js';
import { baseline, connections, load, originOf, type LoadFigure } from './load.js';
import { recordResults, type BenchResult } from './results.js';

type Kind = 'postgres' | 'pglite';
const label: Record<Kind, string> = { postgres: 'PostgreSQL', pglite: 'PGlite' };

/** What `danvan serve` logs (info, every request), into a sink instead of the terminal. */
const productionLogger = { level: 'info', stream: new Writable({ write: (_chunk, _encoding, done) => done() }) };

async function demoDatabase(kind: Kind): Promise<Database & { ownerUrl: string | null }> {
  if (kind === 'postgres') return freshDatabase();
  const database = await openDatabase({ memory: true });
  await prepareDatabase(database);
  return { ...database, ownerUrl: null };
}

async function loginCookie(origin: string, username: string): Promise<string> {
  const res = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo1234' }),
  });
  if (res.status !== 200) throw new Error(`Đăng nhập ${username} thất bại: ${res.status} ${await res.text()}`);
  const session = res.headers.getSetCookie().find((c) => c.startsWith('danvan_session='));
  return session!.split(';')[0]!;
}

async function seed004ReportId(database: Database): Promise<number> {
  const rows = await queryRows<{ id: number }>(database.db, sql`
    select r.id from reports r join units u on u.id = r.unit_id where u.code = '51.DP.TT' and r.request_id is not null order by r.id limit 1`);
  if (!rows[0]) throw new Error('Không thấy báo cáo của seed 004 trong dữ liệu minh họa');
  return rows[0].id;
}

/** The figures of one database: each route under load, one after the other. */
async function measure(kind: Kind): Promise<Map<string, LoadFigure>> {
  const database = await demoDatabase(kind);
  await loadDemo(database);
  await analyze(database);
  const config = loadConfig({});
  const jobs = createJobs(database, config);
  await jobs.start();
  const app = await buildApp({ database, config, jobs, logger: productionLogger });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const origin = originOf(app.server.address());
  const figures = new Map<string, LoadFigure>();
  try {
    const cookie = await loginCookie(origin, 'nguyennghiem');
    const reportId = await seed004ReportId(database);
    console.log(`\n${label[kind]}: dữ liệu minh họa, người dùng nguyennghiem (phường của seed 004), ${connections} kết nối`);
    const routes = { health: '/api/health', units: '/api/v1/units', notices: '/api/v1/notices', reports: '/api/v1/reports', requests: '/api/v1/report-requests', report: `/api/v1/reports/${reportId}` };
    for (const [key, path] of Object.entries(routes)) figures.set(key, await load(origin, path, cookie));
  } finally {
    await app.close();
    await database.close();
  }
  return figures;
}

const readRoutes = ['units', 'notices', 'reports', 'requests'] as const;

function results(noop: LoadFigure, pg: Map<string, LoadFigure> | null, lite: Map<string, LoadFigure>): BenchResult[] {
  const out: BenchResult[] = [{ name: `tuyến no-op Fastify (đường chuẩn), ${connections} kết nối`, value: noop.requestsPerSecond, unit: 'req/s', target: 'đo để so sánh', met: true }];
  const figure = (name: string, f: LoadFigure, minRate: number, maxP99: number, rateTarget: string): BenchResult[] => [
    { name: `${name}: req/s`, value: f.requestsPerSecond, unit: 'req/s', target: rateTarget, met: f.failures === 0 && f.requestsPerSecond >= minRate },
    { name: `${name}: p99`, value: f.p99, unit: 'ms', target: `< ${maxP99} ms`, met: f.failures === 0 && f.p99 < maxP99 },
  ];
  if (pg) {
    const floor = Math.round(noop.requestsPerSecond * 0.03);
    for (const route of readRoutes) out.push(...figure(`GET ${pg.get(route)!.path}, PostgreSQL`, pg.get(route)!, floor, 100, `≥ 3% no-op = ${floor} req/s`));
    out.push(...figure('một báo cáo dài (seed 004), PostgreSQL', pg.get('report')!, 1000, 150, '≥ 1000 req/s'));
  }
  const pgReport = pg?.get('report')?.requestsPerSecond;
  const third = pgReport === undefined ? Infinity : Math.round(pgReport / 3);
  out.push(...figure('một báo cáo dài (seed 004), PGlite', lite.get('report')!, third, 500, pgReport === undefined ? '≥ 1/3 PostgreSQL (chưa đo PostgreSQL: đặt DATABASE_URL)' : `≥ 1/3 PostgreSQL = ${third} req/s`));
  return out;
}

console.log(`danvan http bench: autocannon, ${connections} kết nối, loopback\n\nno-op Fastify (đường chuẩn)`);
const noop = await baseline();
const pg = process.env.DATABASE_URL ? await measure('postgres') : null;
const lite = await measure('pglite');
console.log('');
recordResults(results(noop, pg, lite));
