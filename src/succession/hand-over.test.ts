/**
 * A unit that ended keeps nothing: its accounts read but cannot write until an administrator hands them to
 * the successor, and a merge or dissolution can hand over accounts, open requests and drafts at once, in
 * the same transaction. On 01/12/2026 in the demo's tree (Xã Trà Tây merged into Xã Tây Trà Bồng).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../testing/app.js';

let t: TestApp;
let admin: Session;
let province: Session;
let liveRequestId: number;
beforeAll(async () => {
  t = await testApp({ demo: true, today: '2026-12-01' });
  admin = await t.login('admin');
  province = await t.login('quangngai');
  const sent = (await t.call(province, { method: 'GET', url: '/api/v1/report-requests?direction=sent' })).json() as { id: number; subject: string }[];
  liveRequestId = sent.find((r) => r.subject.endsWith('quý IV năm 2026'))!.id;
});
afterAll(async () => { await t.close(); });

const profilePut = (session: Session, code: string) =>
  t.call(session, { method: 'PUT', url: `/api/v1/units/${code}/profiles/2026`, payload: { figures: { households: 1200 } } });
const auditActions = async (entity: string) =>
  ((await t.call(admin, { method: 'GET', url: `/api/v1/audit?entity=${entity}&pageSize=50` })).json().items as { action: string; after: unknown }[]);

describe('handing an ended unit over', () => {
  it('shows what Trà Tây still holds, and gives its accounts to Tây Trà Bồng, who can then write', async () => {
    const tratay = await t.login('tratay');
    expect((await profilePut(tratay, '51.TTB')).statusCode).toBe(403);
    const preview = (await t.call(admin, { method: 'GET', url: '/api/v1/units/51.TB.TT/hand-over' })).json();
    expect(preview).toMatchObject({
      unit: { code: '51.TB.TT', name: 'Trà Tây', validTo: '2025-07-01' },
      successors: [{ code: '51.TTB', name: 'Tây Trà Bồng' }],
      // The dissolved district's old requests wait for no one: nothing is open.
      issuedRequests: 0, receivedRequests: 0, drafts: 0,
    });
    expect(preview.accounts.map((a: { username: string }) => a.username)).toEqual(['lanhdaotratay', 'tratay']);

    const byManager = await t.call(province, { method: 'POST', url: '/api/v1/units/51.TB.TT/hand-over', payload: { to: '51.TTB', accounts: true, requests: false, drafts: false } });
    expect(byManager.statusCode).toBe(403);
    const done = await t.call(admin, { method: 'POST', url: '/api/v1/units/51.TB.TT/hand-over', payload: { to: '51.TTB', accounts: true, requests: false, drafts: false } });
    expect(done.json()).toMatchObject({ to: { code: '51.TTB' }, accounts: 2, issuedRequests: 0, drafts: 0 });
    // The same session writes now: access is decided on every call from the account's unit.
    expect((await profilePut(tratay, '51.TTB')).statusCode).toBe(201);
    expect((await auditActions('user')).filter((e) => e.action === 'user.hand_over')).toHaveLength(2);
  });

  it('is refused for a unit that still exists, and to a unit that has ended', async () => {
    const active = await t.call(admin, { method: 'POST', url: '/api/v1/units/51.TTB/hand-over', payload: { to: '51', accounts: true, requests: true, drafts: true } });
    expect(active.statusCode).toBe(409);
    expect(active.json().error).toMatchObject({ code: 'HAND_OVER_UNIT_ACTIVE', message: 'Tây Trà Bồng vẫn còn hiệu lực: chỉ bàn giao tài khoản và công việc khi đơn vị đã hết hiệu lực.' });
    const ended = await t.call(admin, { method: 'POST', url: '/api/v1/units/51.TB.TT/hand-over', payload: { to: '51.TB.TN', accounts: true, requests: true, drafts: true } });
    expect(ended.json().error.code).toBe('HAND_OVER_TARGET_INVALID');
  });
});

describe('a merge that hands over at once', () => {
  const merge = (effectiveDate: string, to = '51.MOI') => ({
    type: 'merge', effectiveDate, legalBasis: 'Nghị quyết 9999/NQ-UBTVQH15 (minh họa)',
    sourceCodes: ['51.TTB', '51.DP.TT'], target: { newUnit: { code: to, name: 'Hòa Bình', typeName: 'Xã', parentCode: '51' } },
    handOver: { accounts: true, requests: true, drafts: true },
  });

  it('is refused ahead of its date, and a hand-over that fails undoes the whole operation', async () => {
    const ahead = await t.call(admin, { method: 'POST', url: '/api/v1/unit-operations', payload: merge('2027-01-01') });
    expect(ahead.statusCode).toBe(400);
    expect(ahead.json().error.code).toBe('HAND_OVER_NOT_YET');
    const dissolve = await t.call(admin, {
      method: 'POST', url: '/api/v1/unit-operations',
      payload: { type: 'dissolve', effectiveDate: '2026-12-01', legalBasis: 'Quyết định 1/QĐ-UBND (minh họa)', code: '51.DP.TT', childrenTo: '51.TTB', handOver: { to: '51.TB.TN', accounts: true, requests: true, drafts: true } },
    });
    expect(dissolve.json().error.code).toBe('HAND_OVER_TARGET_INVALID');
    expect((await t.call(admin, { method: 'GET', url: '/api/v1/units/51.DP.TT' })).json().validTo).toBeNull();
    expect((await t.call(await t.login('nguyennghiem'), { method: 'GET', url: '/api/v1/auth/me' })).json().user.unitCode).toBe('51.DP.TT');
  });

  it('moves accounts, the draft and the place among the live request\'s recipients to the new commune', async () => {
    const editor = await t.login('taytrabong');
    const draft = (await t.call(editor, { method: 'POST', url: '/api/v1/reports', payload: { requestId: liveRequestId } })).json();
    const merged = await t.call(admin, { method: 'POST', url: '/api/v1/unit-operations', payload: merge('2026-12-01') });
    expect(merged.statusCode).toBe(201);

    const request = (await t.call(province, { method: 'GET', url: `/api/v1/report-requests/${liveRequestId}` })).json();
    const codes = request.recipients.map((r: { unitCode: string }) => r.unitCode);
    expect(codes).toContain('51.MOI');
    expect(codes).not.toContain('51.TTB');
    expect(codes).not.toContain('51.DP.TT');

    const mine = (await t.call(editor, { method: 'GET', url: `/api/v1/reports/${draft.id}` })).json();
    expect(mine).toMatchObject({ unitCode: '51.MOI', version: draft.version + 1 });
    // The draft now speaks for the new commune: header, place and the basis sentence.
    expect(mine.content.meta).toMatchObject({ parentBody: 'UBND TỈNH QUẢNG NGÃI', issuingBody: 'ỦY BAN NHÂN DÂN XÃ HÒA BÌNH', place: 'Hòa Bình' });
    expect(JSON.stringify(mine.content.meta.basis)).toContain('Ủy ban nhân dân xã Hòa Bình');
    expect(JSON.stringify(mine.content.meta.basis)).not.toContain('Tây Trà Bồng');
    const content = structuredClone(mine.content);
    Object.assign(content.meta, { number: '90', date: { year: 2026, month: 12, day: 1 } });
    content.meta.signer = { ...content.meta.signer, title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' };
    const saved = (await t.call(editor, { method: 'PUT', url: `/api/v1/reports/${draft.id}`, payload: { baseVersion: mine.version, content } })).json();
    const leader = await t.login('lanhdaotaytrabong');
    const submit = await t.call(leader, { method: 'POST', url: `/api/v1/reports/${draft.id}/actions`, payload: { action: 'submit', baseVersion: saved.version } });
    expect(submit.statusCode, submit.body).toBe(200);
    const after = (await t.call(province, { method: 'GET', url: `/api/v1/report-requests/${liveRequestId}` })).json();
    expect(after.recipients.find((r: { unitCode: string }) => r.unitCode === '51.MOI'), JSON.stringify(after.recipients)).toMatchObject({ unitName: 'Xã Hòa Bình', status: 'submitted_on_time', reportId: draft.id });
    expect((await t.call(await t.login('nguyennghiem'), { method: 'GET', url: '/api/v1/auth/me' })).json().user.unitCode).toBe('51.MOI');
    expect((await auditActions('report')).map((e) => e.action)).toContain('report.hand_over');
  });
});
