/**
 * A unit that ended keeps nothing: its accounts read but cannot write until an administrator hands them to
 * the successor, and a merge or dissolution can hand over accounts, open requests and drafts at once, in
 * the same transaction. On 01/12/2026 in the factory's reformed tree (Xã An Thử merged into Xã An Bình).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../testing/app.js';
import { reformTree, type ReformTree } from '../testing/factories.js';

let t: TestApp;
let tree: ReformTree;
let admin: Session;
let province: Session;
let liveRequestId: number;
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  tree = await reformTree(t);
  admin = tree.admin;
  province = tree.province.manager;
  const templates = (await t.call(province, { method: 'GET', url: '/api/v1/report-templates' })).json() as { id: number; reportKind: string }[];
  const templateId = (kind: string) => templates.find((x) => x.reportKind === kind)!.id;
  // The province's live request to today's communes, as the demo's, citing its dispatch.
  const sent = await t.call(province, {
    method: 'POST', url: '/api/v1/report-requests', payload: {
      issuingUnitCode: '99', subject: 'Báo cáo kết quả công tác dân vận chính quyền quý IV năm 2026', reportKind: 'quarter',
      periodStart: '2026-10-01', periodEnd: '2026-12-31', cutoffDate: '2026-12-14', requestDate: '2026-11-28', deadline: '2026-12-19',
      templateId: templateId('quarter'), recipientCodes: ['98.H.C', '99.AB'],
      basisDocument: { numberText: '128/UBND-NV', kind: 'Công văn', issuedOn: '2026-11-28', issuer: 'UBND tỉnh Thử Nghiệm', summary: 'báo cáo kết quả công tác dân vận chính quyền quý IV năm 2026' },
    },
  });
  expect(sent.statusCode, sent.body).toBe(201);
  liveRequestId = sent.json().id as number;
  // An Thử's past: a report accepted in 2023, which is no open work.
  const draft = (await t.call(admin, { method: 'POST', url: '/api/v1/reports', payload: { templateId: templateId('quarter'), unitCode: '98.H.A' } })).json();
  const content = structuredClone(draft.content);
  Object.assign(content.meta, { number: '31', date: { year: 2023, month: 12, day: 15 } });
  content.meta.signer = { ...content.meta.signer, title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' };
  const saved = (await t.call(admin, { method: 'PUT', url: `/api/v1/reports/${draft.id}`, payload: { baseVersion: draft.version, content } })).json();
  for (const action of ['submit', 'accept']) {
    const res = await t.call(admin, { method: 'POST', url: `/api/v1/reports/${draft.id}/actions`, payload: { action, baseVersion: saved.version } });
    expect(res.statusCode, res.body).toBe(200);
  }
});
afterAll(async () => { await t.close(); });

const profilePut = (session: Session, code: string) =>
  t.call(session, { method: 'PUT', url: `/api/v1/units/${code}/profiles/2026`, payload: { figures: { households: 1200 } } });
const auditActions = async (entity: string) =>
  ((await t.call(admin, { method: 'GET', url: `/api/v1/audit?entity=${entity}&pageSize=50` })).json().items as { action: string; after: unknown }[]);

describe('handing an ended unit over', () => {
  it('shows what An Thử still holds, and gives its accounts to An Bình, who can then write', async () => {
    const anThu = tree.old.communes[0].editor;
    expect((await profilePut(anThu, '99.AB')).statusCode).toBe(403);
    const preview = (await t.call(admin, { method: 'GET', url: '/api/v1/units/98.H.A/hand-over' })).json();
    expect(preview).toMatchObject({
      unit: { code: '98.H.A', name: 'An Thử', validTo: '2025-07-01' },
      successors: [{ code: '99.AB', name: 'An Bình' }],
      // Its report of 2023 was accepted and nothing was sent to it since: nothing is open.
      issuedRequests: 0, receivedRequests: 0, drafts: 0,
    });
    expect(preview.accounts.map((a: { username: string }) => a.username)).toEqual(['canboanthu', 'chutichanthu']);

    const byManager = await t.call(province, { method: 'POST', url: '/api/v1/units/98.H.A/hand-over', payload: { to: '99.AB', accounts: true, requests: false, drafts: false } });
    expect(byManager.statusCode).toBe(403);
    const done = await t.call(admin, { method: 'POST', url: '/api/v1/units/98.H.A/hand-over', payload: { to: '99.AB', accounts: true, requests: false, drafts: false } });
    expect(done.json()).toMatchObject({ to: { code: '99.AB' }, accounts: 2, issuedRequests: 0, drafts: 0 });
    // The same session writes now: access is decided on every call from the account's unit.
    expect((await profilePut(anThu, '99.AB')).statusCode).toBe(201);
    expect((await auditActions('user')).filter((e) => e.action === 'user.hand_over')).toHaveLength(2);
  });

  it('is refused for a unit that still exists, and to a unit that has ended', async () => {
    const active = await t.call(admin, { method: 'POST', url: '/api/v1/units/99.AB/hand-over', payload: { to: '99', accounts: true, requests: true, drafts: true } });
    expect(active.statusCode).toBe(409);
    expect(active.json().error).toMatchObject({ code: 'HAND_OVER_UNIT_ACTIVE', message: 'An Bình vẫn còn hiệu lực: chỉ bàn giao tài khoản và công việc khi đơn vị đã hết hiệu lực.' });
    const ended = await t.call(admin, { method: 'POST', url: '/api/v1/units/98.H.A/hand-over', payload: { to: '98.H.B', accounts: true, requests: true, drafts: true } });
    expect(ended.json().error.code).toBe('HAND_OVER_TARGET_INVALID');
  });
});

describe('a merge that hands over at once', () => {
  const merge = (effectiveDate: string, to = '99.MOI') => ({
    type: 'merge', effectiveDate, legalBasis: 'Nghị quyết 9999/NQ-UBTVQH15 (minh họa)',
    sourceCodes: ['99.AB', '98.H.C'], target: { newUnit: { code: to, name: 'Hòa Bình', typeName: 'Xã', parentCode: '99' } },
    handOver: { accounts: true, requests: true, drafts: true },
  });

  it('is refused ahead of its date, and a hand-over that fails undoes the whole operation', async () => {
    const ahead = await t.call(admin, { method: 'POST', url: '/api/v1/unit-operations', payload: merge('2027-01-01') });
    expect(ahead.statusCode).toBe(400);
    expect(ahead.json().error.code).toBe('HAND_OVER_NOT_YET');
    const dissolve = await t.call(admin, {
      method: 'POST', url: '/api/v1/unit-operations',
      payload: { type: 'dissolve', effectiveDate: '2026-12-01', legalBasis: 'Quyết định 1/QĐ-UBND (minh họa)', code: '98.H.C', childrenTo: '99.AB', handOver: { to: '98.H.B', accounts: true, requests: true, drafts: true } },
    });
    expect(dissolve.json().error.code).toBe('HAND_OVER_TARGET_INVALID');
    expect((await t.call(admin, { method: 'GET', url: '/api/v1/units/98.H.C' })).json().validTo).toBeNull();
    expect((await t.call(tree.old.communes[2].editor, { method: 'GET', url: '/api/v1/auth/me' })).json().user.unitCode).toBe('98.H.C');
  });

  it('moves accounts, the draft and the place among the live request\'s recipients to the new commune', async () => {
    const editor = tree.merged!.editor;
    const draft = (await t.call(editor, { method: 'POST', url: '/api/v1/reports', payload: { requestId: liveRequestId } })).json();
    const merged = await t.call(admin, { method: 'POST', url: '/api/v1/unit-operations', payload: merge('2026-12-01') });
    expect(merged.statusCode).toBe(201);

    const request = (await t.call(province, { method: 'GET', url: `/api/v1/report-requests/${liveRequestId}` })).json();
    const codes = request.recipients.map((r: { unitCode: string }) => r.unitCode);
    expect(codes).toContain('99.MOI');
    expect(codes).not.toContain('99.AB');
    expect(codes).not.toContain('98.H.C');

    const mine = (await t.call(editor, { method: 'GET', url: `/api/v1/reports/${draft.id}` })).json();
    expect(mine).toMatchObject({ unitCode: '99.MOI', version: draft.version + 1 });
    // The draft now speaks for the new commune: header, place and the basis sentence.
    expect(mine.content.meta).toMatchObject({ parentBody: 'UBND TỈNH THỬ NGHIỆM', issuingBody: 'ỦY BAN NHÂN DÂN XÃ HÒA BÌNH', place: 'Hòa Bình' });
    expect(JSON.stringify(mine.content.meta.basis)).toContain('Ủy ban nhân dân xã Hòa Bình');
    expect(JSON.stringify(mine.content.meta.basis)).not.toContain('An Bình');
    const content = structuredClone(mine.content);
    Object.assign(content.meta, { number: '90', date: { year: 2026, month: 12, day: 1 } });
    content.meta.signer = { ...content.meta.signer, title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' };
    const saved = (await t.call(editor, { method: 'PUT', url: `/api/v1/reports/${draft.id}`, payload: { baseVersion: mine.version, content } })).json();
    const leader = tree.merged!.leader;
    const submit = await t.call(leader, { method: 'POST', url: `/api/v1/reports/${draft.id}/actions`, payload: { action: 'submit', baseVersion: saved.version } });
    expect(submit.statusCode, submit.body).toBe(200);
    const after = (await t.call(province, { method: 'GET', url: `/api/v1/report-requests/${liveRequestId}` })).json();
    expect(after.recipients.find((r: { unitCode: string }) => r.unitCode === '99.MOI'), JSON.stringify(after.recipients)).toMatchObject({ unitName: 'Xã Hòa Bình', status: 'submitted_on_time', reportId: draft.id });
    expect((await t.call(tree.old.communes[2].editor, { method: 'GET', url: '/api/v1/auth/me' })).json().user.unitCode).toBe('99.MOI');
    expect((await auditActions('report')).map((e) => e.action)).toContain('report.hand_over');
  });
});
