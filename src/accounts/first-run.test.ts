/** An installation with no account: the first visitor creates the province and its administrator, once. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../testing/app.js';

let t: TestApp;
beforeAll(async () => { t = await testApp({ today: '2026-12-01' }); });
afterAll(async () => { await t.close(); });

const body = { unit: { code: '51', typeName: 'Tỉnh', name: 'Quảng Ngãi' }, username: 'quantri', fullName: 'Nguyễn Văn Quản', password: 'Quang-Ngai-2026' };
const setup = (payload: unknown) => t.app.inject({ method: 'POST', url: '/api/v1/setup', payload: payload as object });

describe('the first run', () => {
  it('starts with no account and no demo, and says so', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ needed: true });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/demo-accounts' })).json()).toEqual([]);
  });

  it('refuses a weak password and a missing name, creating nothing', async () => {
    const weak = await setup({ ...body, password: '12345678' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error).toMatchObject({ code: 'WEAK_PASSWORD', message: expect.stringContaining('quá phổ biến') });
    const unnamed = await setup({ ...body, unit: { ...body.unit, name: ' ' } });
    expect(unnamed.statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ needed: true });
  });

  it('creates the province and the administrator, signs them in, and closes itself', async () => {
    const [first, second] = await Promise.all([setup(body), setup({ ...body, username: 'keotranh' })]);
    const done = [first!, second!].find((r) => r.statusCode === 200)!;
    const refused = [first!, second!].find((r) => r.statusCode !== 200)!;
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('FIRST_RUN_DONE');
    expect(done.json()).toMatchObject({ user: { fullName: 'Nguyễn Văn Quản', roles: ['admin'], unitName: 'Tỉnh Quảng Ngãi', demo: false } });
    expect(done.cookies.some((c) => c.name === 'danvan_session')).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ needed: false });
    expect((await setup({ ...body, username: 'nguoikhac' })).statusCode).toBe(409);
    const admin = await t.login(done.json().user.username, body.password);
    // The province stands from the 2025 reform, not from install day.
    const history = (await t.call(admin, { method: 'GET', url: '/api/v1/units/51/history' })).json();
    expect(history.unit.validFrom).toBe('2025-07-01');
    const audit = (await t.call(admin, { method: 'GET', url: '/api/v1/audit?entity=user' })).json();
    expect(audit.items[0]).toMatchObject({ action: 'user.create', after: { firstRun: true, roles: ['admin'] } });
  });
});
