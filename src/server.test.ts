import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from './testing/app.js';

let t: TestApp;
beforeAll(async () => { t = await testApp(); });
afterAll(async () => { await t.close(); });

describe('service contract', () => {
  it('answers health with the database kind and version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: process.env.DATABASE_URL ? 'postgres' : 'pglite', version: '0.1.0' });
  });

  it('serves the OpenAPI document with every route of the contract', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const p of ['/api/health', '/api/v1/auth/login', '/api/v1/auth/logout', '/api/v1/units', '/api/v1/units/{code}/history', '/api/v1/units/{code}/profiles/{year}', '/api/v1/audit', '/api/v1/users']) {
      expect(paths).toContain(p);
    }
  });

  it('sends the security headers, and no-store on the API', async () => {
    for (const url of ['/api/health', '/api/v1/units']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.headers).toMatchObject({
        'content-security-policy': "frame-ancestors 'none'", 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff',
        'referrer-policy': 'same-origin', 'cache-control': 'no-store',
      });
    }
  });

  it('answers unknown routes and malformed JSON with the error shape', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/khong-co' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('ROUTE_NOT_FOUND');
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toEqual({ code: 'INVALID_JSON', message: 'Nội dung gửi lên không phải JSON hợp lệ.' });
  });

  it('denies every route of the OpenAPI document without a session, unless it declares itself public', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    const publicOnes: string[] = [];
    let checked = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const url = path.replace(/\{[^}]+\}/g, '1');
        if (Array.isArray(operation.security) && operation.security.length === 0) {
          publicOnes.push(`${method.toUpperCase()} ${path}`);
          continue;
        }
        // A body that fails validation: authentication must be decided first, naming no field.
        const res = await t.app.inject({ method: method.toUpperCase() as 'GET', url, payload: method === 'get' ? undefined : { khong: 'hop le' } });
        expect(res.statusCode, `${method} ${path}`).toBe(401);
        expect(res.json().error, `${method} ${path}`).toEqual({ code: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập để tiếp tục.' });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
    expect(publicOnes.sort()).toEqual(['GET /api/health', 'GET /api/v1/auth/demo-accounts', 'GET /api/v1/setup', 'POST /api/v1/auth/login', 'POST /api/v1/auth/logout', 'POST /api/v1/setup']);
  });
});
