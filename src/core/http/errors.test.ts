/**
 * Every failure answers 4xx or 503 in Vietnamese with the usual error shape, never Fastify's English body
 * or a bare 500; nothing a query was bound to reaches the log; the process survives the database dropping
 * its connections.
 */
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { errorCatalogue, statusOfCode } from '../error-codes.js';
import { AppError } from '../errors.js';
import { queryRows } from '../db/connection.js';
import { appErrorOfDatabase, loggableError } from '../db/errors.js';
import { testApp, type Session, type TestApp } from '../../testing/app.js';
import { twoLevelTree, type TwoLevelTree } from '../../testing/factories.js';

let t: TestApp;
let tree: TwoLevelTree;
let admin: Session;
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  tree = await twoLevelTree(t, ['Sơn Hà']);
  admin = tree.admin;
});
afterAll(async () => { await t.close(); });

const vietnamese = /[ăâđêôơưáàảãạếềểễệốồổỗộớờởỡợứừửữự]/i;
function expectPlainRefusal(res: { statusCode: number; json(): unknown }, status: number, code?: string) {
  expect(res.statusCode).toBe(status);
  const { error } = res.json() as { error: { code: string; message: string } };
  if (code) expect(error.code).toBe(code);
  expect(error.message).toMatch(vietnamese);
}

describe('bad input', () => {
  it('refuses ids past 2^31 - 1 as no record, in the path and in the body', async () => {
    expectPlainRefusal(await t.call(admin, { method: 'GET', url: '/api/v1/reports/2147483648' }), 400, 'VALIDATION_ERROR');
    expectPlainRefusal(await t.call(admin, { method: 'GET', url: '/api/v1/documents/99999999999999999999' }), 400, 'VALIDATION_ERROR');
    expectPlainRefusal(await t.call(admin, { method: 'POST', url: '/api/v1/reports', payload: { templateId: 2 ** 31 } }), 400, 'VALIDATION_ERROR');
  });

  it('answers an audit filter on 31/12/9999 with 4xx, not a database error', async () => {
    const res = await t.call(admin, { method: 'GET', url: '/api/v1/audit?from=2026-01-01&to=9999-12-31' });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect((res.json() as { error: { message: string } }).error.message).toMatch(vietnamese);
  });

  it('refuses sections nested 1,000 deep before validating them', async () => {
    let section: Record<string, unknown> = { key: 'a', label: '', title: 'Mục', children: [] };
    for (let i = 0; i < 1_000; i++) section = { key: `m${i}`, label: '', title: 'Mục', children: [section] };
    const templates = (await t.call(admin, { method: 'GET', url: '/api/v1/report-templates' })).json() as { id: number }[];
    const created = await t.call(admin, { method: 'POST', url: '/api/v1/reports', payload: { templateId: templates[0]!.id, unitCode: tree.communes[0]!.code } });
    expect(created.statusCode).toBe(201);
    const draft = created.json();
    const res = await t.call(admin, { method: 'PUT', url: `/api/v1/reports/${draft.id}`, payload: { baseVersion: draft.version, content: { meta: {}, sections: [section] } } });
    expectPlainRefusal(res, 400, 'BODY_TOO_DEEP');
  });

  it('answers a malformed URL in the usual shape', async () => {
    expectPlainRefusal(await t.call(admin, { method: 'GET', url: '/api/v1/reports/%E0%A4%A' }), 400);
  });

  it('answers a unique violation that races past the check with 409, not 500', async () => {
    const body = { username: 'trung.ten', fullName: 'Trùng tên', unitCode: tree.communes[0]!.code, roles: ['editor'], password: 'Mat-khau-dai-2026' };
    const both = await Promise.all([1, 2].map(() => t.call(admin, { method: 'POST', url: '/api/v1/users', payload: body })));
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const refused = both.find((r) => r.statusCode === 409)!;
    expect(['USERNAME_TAKEN', 'DUPLICATE']).toContain(refused.json().error.code);
  });

  it('maps serialization failures and deadlocks to a retryable answer', () => {
    for (const code of ['40001', '40P01']) {
      const wrapped = Object.assign(new Error('Failed query: update ...\nparams: 1'), { cause: Object.assign(new Error('could not serialize access'), { code }) });
      expect(appErrorOfDatabase(wrapped)).toMatchObject({ status: 503, code: 'RETRY', details: { retryAfterSeconds: 1 } });
    }
  });
});

describe('logs', () => {
  it('never carry the values a failed query was bound to', async () => {
    const secret = '$argon2id$v=19$m=19456,t=2,p=1$bí-mật';
    const err = await t.database.db.execute(sql`select ${secret}::int`).then(() => null, (e: unknown) => e);
    expect(err).not.toBeNull();
    expect(String((err as Error).message)).toContain(secret); // the wrapper does hold it ...
    const logged = JSON.stringify(loggableError(err));
    expect(logged).not.toContain(secret); // ... and the log line does not
    expect(logged).toContain('22P02');
  });
});

describe('configuration', () => {
  it('stops the start with a plain message instead of failing every login later', () => {
    expect(() => loadConfig({ DANVAN_SESSION_DAYS: 'abc' })).toThrow(/DANVAN_SESSION_DAYS không hợp lệ: "abc"/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT không hợp lệ/);
    expect(loadConfig({ DANVAN_SESSION_DAYS: '30' }).sessionDays).toBe(30);
    expect(loadConfig({}).preparedStatements).toBe(true);
    expect(loadConfig({ DANVAN_PG_PREPARE: 'off' }).preparedStatements).toBe(false);
    expect(() => loadConfig({ DANVAN_PG_PREPARE: 'maybe' })).toThrow('DANVAN_PG_PREPARE không hợp lệ: "maybe" (cần on hoặc off)');
    expect(() => loadConfig({ DANVAN_OWNER_DATABASE_URL: 'postgres://owner@db/danvan' })).toThrow(/chỉ dùng cùng DATABASE_URL/);
  });

  it('bounds PDF conversions: two workers and room for twice as many jobs unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ pdfWorkers: 2, pdfQueue: 4 });
    expect(loadConfig({ DANVAN_PDF_WORKERS: '3' })).toMatchObject({ pdfWorkers: 3, pdfQueue: 6 });
    expect(() => loadConfig({ DANVAN_PDF_WORKERS: '0' })).toThrow('DANVAN_PDF_WORKERS không hợp lệ: "0" (cần số tiến trình LibreOffice chạy cùng lúc để tạo PDF, một số nguyên từ 1 đến 16)');
    expect(() => loadConfig({ DANVAN_PDF_WORKERS: '4', DANVAN_PDF_QUEUE: '3' })).toThrow(/^DANVAN_PDF_QUEUE không hợp lệ: "3" \(cần .*, một số nguyên từ 4 đến 1000\)$/);
  });
});

describe.runIf(process.env.DATABASE_URL)('the PostgreSQL server dropping every connection', () => {
  it('does not end the process; the next calls are answered and the pool recovers by itself', async () => {
    const [{ name }] = await queryRows<{ name: string }>(t.database.db, sql`select current_database() as name`) as [{ name: string }];
    // Open several pooled connections so idle ones are there to be dropped.
    await Promise.all([1, 2, 3, 4].map(() => t.app.inject({ method: 'GET', url: '/api/health' })));
    const killer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await killer.connect();
    const killed = await killer.query<{ n: number }>('select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
    await killer.end();
    expect(killed.rows[0]!.n).toBeGreaterThan(0);
    const answers: number[] = [];
    for (let i = 0; i < 5; i++) answers.push((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode);
    // A call that met a dropped connection is told to retry (503), never 500; the pool then reconnects.
    expect(answers.every((s) => s === 200 || s === 503)).toBe(true);
    expect(answers.at(-1)).toBe(200);
  });
});

describe('the catalogue of error codes', () => {
  it('is what the OpenAPI document promises, and an answer outside it never leaves the server', async () => {
    const spec = t.app.swagger() as unknown as { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> };
    const refusal = spec.paths['/api/v1/units/{code}/hand-over']!.post!.responses['409']!.content!['application/json']!.schema;
    const codes = (refusal as { properties: { error: { properties: { code: { enum: string[] } } } } }).properties.error.properties.code.enum;
    expect(codes).toEqual(Object.keys(errorCatalogue));
    expect(codes).toEqual(expect.arrayContaining(['UNIT_NOT_FOUND', 'HAND_OVER_UNIT_ACTIVE', 'REPORT_VERSION_CONFLICT', 'VALIDATION_ERROR']));
  });

  it('gives each code one status', () => {
    expect(statusOfCode('UNIT_NOT_FOUND')).toBe(404);
    expect(statusOfCode('LOGIN_THROTTLED')).toBe(429);
    expect(statusOfCode('DATABASE_UNAVAILABLE')).toBe(503);
    expect(new AppError('conflict', 'HAND_OVER_UNIT_ACTIVE', 'x').status).toBe(409);
  });
});
