import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../testing/app.js';
import { factoryPassword, reformTree, type ReformTree } from '../testing/factories.js';

let t: TestApp;
let tree: ReformTree;
// The factory's three-level tree (Huyện Đông Thử and its communes), on a day before the 01/07/2025 reform.
beforeAll(async () => {
  t = await testApp({ today: '2025-06-10' });
  tree = await reformTree(t, { reform: false });
});
afterAll(async () => { await t.close(); });

const login = (username: string) => t.login(username, factoryPassword);
/** An account made by the administrator, as factories.ts makes them. */
async function account(username: string, fullName: string, unitCode: string, roles: string[], password = factoryPassword) {
  const res = await t.call(tree.admin, { method: 'POST', url: '/api/v1/users', payload: { username, fullName, unitCode, roles, password } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; username: string; version: number };
}

describe('login and sessions', () => {
  // About the demo loader itself, so it alone loads the demo: accounts made by people are never listed.
  it('lists the demo accounts for the login page only where the demo loader created them', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/demo-accounts' })).json()).toEqual([]);
    const demo = await testApp({ demo: true, today: '2025-06-10' });
    try {
      const res = await demo.app.inject({ method: 'GET', url: '/api/v1/auth/demo-accounts' });
      expect(res.json().map((u: { username: string }) => u.username)).toEqual(['admin', 'lanhdaotaytrabong', 'lanhdaotratay', 'nguyennghiem', 'quangngai', 'taytrabong', 'trabong', 'tratan', 'tratay', 'viewer']);
      expect(res.json()[0]).toEqual({ username: 'admin', fullName: 'Quản trị hệ thống', unitName: 'Tỉnh Quảng Ngãi', roles: ['admin'] });
    } finally {
      await demo.close();
    }
  });

  it('logs in (the username in any case) and sets an httpOnly, SameSite session cookie', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'CanBoAnThu', password: factoryPassword } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'danvan_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const body = res.json();
    expect(body.user).toMatchObject({ username: 'canboanthu', unitCode: '98.H.A', unitName: 'Xã An Thử', roles: ['editor'], demo: false });
    expect(body.permissions).toEqual({ manageUnits: false, manageAccounts: false, grantableRoles: [] });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: `danvan_session=${cookie.value}` } });
    expect(me.json().user.username).toBe('canboanthu');
  });

  it('answers 401 with a Vietnamese message without a session, and after logout', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/api/v1/units' });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập để tiếp tục.' } });
    const s = await login('canbobinhthu');
    expect((await t.call(s, { method: 'GET', url: '/api/v1/units' })).statusCode).toBe(200);
    expect((await t.call(s, { method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(200);
    expect((await t.call(s, { method: 'GET', url: '/api/v1/units' })).statusCode).toBe(401);
  });

  it('refuses a wrong password, names the field of a missing one', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'lanhdaobacthu', password: 'nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toEqual({ code: 'INVALID_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' });
    const missing = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'lanhdaobacthu' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('VALIDATION_ERROR');
    expect(missing.json().error.details).toEqual([{ field: 'password', message: 'Thiếu mật khẩu' }]);
  });

  it('after five failures makes each try wait longer, the right password too, with Retry-After', async () => {
    const attempt = (password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'chutichcatthu', password }, remoteAddress: '10.0.0.5' });
    for (let i = 0; i < 6; i++) expect((await attempt('sai-mat-khau')).json().error.code).toBe('INVALID_CREDENTIALS');
    const res = await attempt(factoryPassword);
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBe('30');
    expect(res.json().error).toMatchObject({ code: 'LOGIN_THROTTLED', message: 'Đã đăng nhập sai nhiều lần. Vui lòng thử lại sau 30 giây.' });
  });

  it('counts parallel guesses before checking them: 40 at once get 6 tries, not 27', async () => {
    const guesses = await Promise.all(Array.from({ length: 40 }, (_, i) => t.app.inject({
      method: 'POST', url: '/api/v1/auth/login', payload: { username: 'khong.co.ai', password: `doan-mo-${i}` }, remoteAddress: '10.0.0.6',
    })));
    const checked = guesses.filter((r) => r.statusCode === 401).length;
    expect(checked).toBe(6);
    expect(guesses.filter((r) => r.statusCode === 429)).toHaveLength(34);
    // The guesses were charged to that account: another account logs in from the same address.
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'canbobinhthu', password: factoryPassword }, remoteAddress: '10.0.0.6' })).statusCode).toBe(200);
  });

  it('ends the other sessions of a user who changes their password, and keeps this one', async () => {
    await account('doi.matkhau', 'Đổi Mật Khẩu', '98', ['viewer'], 'Mat-khau-cu-2025');
    const here = await t.login('doi.matkhau', 'Mat-khau-cu-2025');
    const elsewhere = await t.login('doi.matkhau', 'Mat-khau-cu-2025');
    const changed = await t.call(here, { method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: 'Mat-khau-cu-2025', newPassword: 'Mat-khau-moi-2025' } });
    expect(changed.statusCode).toBe(200);
    expect((await t.call(here, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(200);
    expect((await t.call(elsewhere, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
  });

  it('audits failed logins and logouts', async () => {
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'chutichanthu', password: 'sai' }, remoteAddress: '10.0.0.7' });
    const s = await login('chutichanthu');
    await t.call(s, { method: 'POST', url: '/api/v1/auth/logout' });
    const admin = await login('quantri');
    const audit = (await t.call(admin, { method: 'GET', url: '/api/v1/audit?entity=session&pageSize=50' })).json() as { items: { action: string; entityId: string; after: unknown }[] };
    const mine = audit.items.filter((i) => i.entityId === 'chutichanthu').map((i) => i.action);
    expect(mine.slice(0, 3)).toEqual(['auth.logout', 'auth.login', 'auth.login_failed']);
    expect(JSON.stringify(audit.items)).not.toContain('"sai"');
  });

  it('requires the CSRF token on cookie-authenticated writes', async () => {
    const s = await login('canboanthu');
    const put = { method: 'PUT' as const, url: '/api/v1/units/98.H.A/profiles/2024', payload: { figures: { households: 730 } } };
    const forged = await t.app.inject({ ...put, headers: { cookie: s.cookie } });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('CSRF_TOKEN_INVALID');
    const read = await t.call(s, { method: 'GET', url: '/api/v1/units/98.H.A/profiles/2024' });
    expect(read.statusCode).toBe(404);
    expect((await t.call(s, put)).statusCode).toBe(201);
  });
});

describe('accounts administration', () => {
  it('lets a district manager create an editor in a commune of its subtree, audited', async () => {
    const s = tree.old.district.manager;
    const res = await t.call(s, { method: 'POST', url: '/api/v1/users', payload: { username: 'vanthu.binhthu', fullName: 'Phạm Thị Hoa', unitCode: '98.H.B', roles: ['editor'], password: 'matkhau-moi-1' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'vanthu.binhthu', unitName: 'Xã Bình Thử', roles: ['editor'] });
    const audit = await t.call(s, { method: 'GET', url: '/api/v1/audit?action=user.create&unitCode=98.H.B' });
    expect(audit.json().items[0]).toMatchObject({ actorUsername: 'lanhdaodongthu', entity: 'user', after: { username: 'vanthu.binhthu', roles: ['editor'] } });
    const newcomer = await t.login('vanthu.binhthu', 'matkhau-moi-1');
    expect((await t.call(newcomer, { method: 'GET', url: '/api/v1/auth/me' })).json().user.fullName).toBe('Phạm Thị Hoa');
  });

  it('refuses a manager outside its subtree, an admin grant, and an editor altogether', async () => {
    const manager = tree.old.district.manager;
    // Tỉnh Thử Nghiệm: another province, outside Huyện Đông Thử.
    const outside = await t.call(manager, { method: 'POST', url: '/api/v1/users', payload: { username: 'ngoai', fullName: 'Ngoài phạm vi', unitCode: '99', roles: ['editor'], password: 'matkhau-123' } });
    expect(outside.statusCode).toBe(403);
    const grant = await t.call(manager, { method: 'POST', url: '/api/v1/users', payload: { username: 'quantri2', fullName: 'Quản trị', unitCode: '98.H', roles: ['admin'], password: 'matkhau-123' } });
    expect(grant.statusCode).toBe(403);
    expect(grant.json().error.code).toBe('ROLE_NOT_GRANTABLE');
    const editor = tree.old.communes[1].editor;
    expect((await t.call(editor, { method: 'GET', url: '/api/v1/users' })).statusCode).toBe(403);
    const admin = tree.admin;
    const names = (await t.call(admin, { method: 'GET', url: '/api/v1/users' })).json().map((u: { username: string }) => u.username);
    expect(names).not.toContain('ngoai');
    expect(names).not.toContain('quantri2');
  });

  it('refuses a stale edit of an account with 409 and keeps the first one', async () => {
    const admin = tree.admin;
    await account('nguoixem', 'Người xem cấp tỉnh Bắc Thử', '98', ['viewer']);
    const users = (await t.call(admin, { method: 'GET', url: '/api/v1/users' })).json() as { id: number; username: string; version: number }[];
    const viewer = users.find((u) => u.username === 'nguoixem')!;
    const first = await t.call(admin, { method: 'PATCH', url: `/api/v1/users/${viewer.id}`, payload: { fullName: 'Người xem A', version: viewer.version } });
    expect(first.statusCode).toBe(200);
    const second = await t.call(admin, { method: 'PATCH', url: `/api/v1/users/${viewer.id}`, payload: { fullName: 'Người xem B', version: viewer.version } });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('USER_VERSION_CONFLICT');
    const after = (await t.call(admin, { method: 'GET', url: '/api/v1/users' })).json().find((u: { id: number }) => u.id === viewer.id);
    expect(after.fullName).toBe('Người xem A');
  });

  it('ends the sessions of a locked account', async () => {
    const admin = tree.admin;
    const created = await account('tam.thoi', 'Tạm thời', '98', ['viewer'], 'matkhau-123');
    const s = await t.login('tam.thoi', 'matkhau-123');
    await t.call(admin, { method: 'PATCH', url: `/api/v1/users/${created.id}`, payload: { active: false, version: created.version } });
    expect((await t.call(s, { method: 'GET', url: '/api/v1/auth/me' })).statusCode).toBe(401);
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'tam.thoi', password: 'matkhau-123' } });
    expect(again.json().error.code).toBe('ACCOUNT_DISABLED');
  });

  // Sessions are kept in memory for a moment (sessions.ts): a change of roles still counts from the next request.
  it('acts with the roles an administrator has just given, from the next request on', async () => {
    const created = await account('doi.quyen', 'Đổi quyền', '98', ['viewer'], 'matkhau-123');
    const s = await t.login('doi.quyen', 'matkhau-123');
    // What the session may do follows the roles it acts with (not the account as read afresh).
    const manages = async () => (await t.call(s, { method: 'GET', url: '/api/v1/auth/me' })).json().permissions.manageAccounts;
    expect(await manages()).toBe(false);
    const res = await t.call(tree.admin, { method: 'PATCH', url: `/api/v1/users/${created.id}`, payload: { roles: ['admin'], version: created.version } });
    expect(res.statusCode, res.body).toBe(200);
    expect(await manages()).toBe(true);
  });
});
