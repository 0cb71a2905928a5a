/**
 * Access follows the tree as it stands today (01/12/2026 here). Huyện Đông Thử ended on 01/07/2025 and Xã An
 * Thử and Xã Bình Thử went into Xã An Bình, directly under the province. The district's manager reads its
 * history and writes nothing; the successor commune and the province keep the old communes' records.
 * Every refusal is followed by a read that shows nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../testing/app.js';
import { factoryPassword, reformTree, type ReformTree } from '../../testing/factories.js';

let t: TestApp;
let tree: ReformTree;
let district: Session;
let oldCommune: Session;
let successor: Session;
let province: Session;
let templateId: number;
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  tree = await reformTree(t);
  district = tree.old.district.manager;
  oldCommune = tree.old.communes[0].editor;
  successor = tree.merged!.leader;
  province = tree.province.manager;
  templateId = ((await t.call(tree.admin, { method: 'GET', url: '/api/v1/report-templates' })).json() as { id: number }[])[0]!.id;
  await history();
});
afterAll(async () => { await t.close(); });

/** An Thử's history, as the demo had Trà Tây's: its 2023 figures and a report accepted in 2023. */
async function history() {
  const admin = tree.admin;
  const figures = await t.call(admin, { method: 'PUT', url: '/api/v1/units/98.H.A/profiles/2023', payload: { figures: { households: 729, population: 2970 } } });
  expect(figures.statusCode).toBe(201);
  const draft = (await t.call(admin, { method: 'POST', url: '/api/v1/reports', payload: { templateId, unitCode: '98.H.A' } })).json();
  const content = structuredClone(draft.content);
  Object.assign(content.meta, { number: '31', date: { year: 2023, month: 12, day: 15 } });
  content.meta.signer = { ...content.meta.signer, title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' };
  const saved = (await t.call(admin, { method: 'PUT', url: `/api/v1/reports/${draft.id}`, payload: { baseVersion: draft.version, content } })).json();
  const act = (action: string) => t.call(admin, { method: 'POST', url: `/api/v1/reports/${draft.id}/actions`, payload: { action, baseVersion: saved.version } });
  expect((await act('submit')).json()).toMatchObject({ status: 'submitted' });
  expect((await act('accept')).json()).toMatchObject({ status: 'accepted' });
}

const auditTotal = async () => (await t.call(province, { method: 'GET', url: '/api/v1/audit?pageSize=1' })).json().total as number;
const userId = async (username: string) =>
  ((await t.call(province, { method: 'GET', url: '/api/v1/users' })).json() as { id: number; username: string; version: number }[]).find((u) => u.username === username)!;

describe('the manager of a district that has ended', () => {
  it('still reads the history of its communes', async () => {
    const profile = await t.call(district, { method: 'GET', url: '/api/v1/units/98.H.A/profiles/2023' });
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toMatchObject({ figures: { households: 729 }, canEdit: false });
  });

  it('writes no figures, neither of the new commune nor of the old ones', async () => {
    const before = await auditTotal();
    const ward = await t.call(district, { method: 'PUT', url: '/api/v1/units/99.AB/profiles/2026', payload: { figures: { households: 1 } } });
    expect(ward.statusCode).toBe(403);
    const old = await t.call(district, { method: 'PUT', url: '/api/v1/units/98.H.A/profiles/2023', payload: { figures: { households: 1 }, version: 1 } });
    expect(old.statusCode).toBe(403);
    expect(old.json().error.code).toBe('READ_ONLY');
    expect(await auditTotal()).toBe(before);
    expect((await t.call(province, { method: 'GET', url: '/api/v1/units/98.H.A/profiles/2023' })).json().figures.households).toBe(729);
  });

  it('manages no account: creates none, resets no password, lists none', async () => {
    const before = await auditTotal();
    const created = await t.call(district, { method: 'POST', url: '/api/v1/users', payload: {
      username: 'chutich2.anbinh', fullName: 'Chủ tịch', unitCode: '99.AB', roles: ['manager'], password: 'Mat-khau-dai-2026',
    } });
    expect(created.statusCode).toBe(403);
    const chairman = await userId('chutichanbinh');
    const reset = await t.call(district, { method: 'POST', url: `/api/v1/users/${chairman.id}/password`, payload: { password: 'Chiem-quyen-2026' } });
    expect(reset.statusCode).toBe(404);
    const edit = await t.call(district, { method: 'PATCH', url: `/api/v1/users/${chairman.id}`, payload: { fullName: 'Ai đó', version: chairman.version } });
    expect(edit.statusCode).toBe(404);
    expect((await t.call(district, { method: 'GET', url: '/api/v1/users' })).statusCode).toBe(403);
    expect(await auditTotal()).toBe(before);
    // The chairman still logs in with his own password.
    await t.login('chutichanbinh', factoryPassword);
  });

  it('sends no request and accepts no report', async () => {
    const sent = await t.call(district, { method: 'POST', url: '/api/v1/report-requests', payload: {
      issuingUnitCode: '98.H', subject: 'Báo cáo', reportKind: 'year', periodStart: '2026-01-01', periodEnd: '2026-12-31',
      cutoffDate: '2026-12-14', requestDate: '2026-11-25', deadline: '2026-12-20', templateId, recipientCodes: ['99.AB'],
    } });
    expect(sent.statusCode).toBe(403);
    // An Thử's report, accepted in 2023, is history the district reads; it decides nothing on it now.
    const reports = (await t.call(district, { method: 'GET', url: '/api/v1/reports?unitCode=98.H.A' })).json<{ items: { id: number }[] }>().items;
    const report = (await t.call(district, { method: 'GET', url: `/api/v1/reports/${reports[0]!.id}` })).json();
    expect(report).toMatchObject({ status: 'accepted', actions: [], canEdit: false });
  });
});

describe('the accounts of a commune that has ended', () => {
  it('read their reports but write none', async () => {
    const mine = (await t.call(oldCommune, { method: 'GET', url: '/api/v1/reports?unitCode=98.H.A' })).json<{ items: { id: number }[] }>().items;
    const report = await t.call(oldCommune, { method: 'GET', url: `/api/v1/reports/${mine[0]!.id}` });
    expect(report.statusCode).toBe(200);
    const document = await t.call(oldCommune, { method: 'POST', url: '/api/v1/documents', payload: {
      numberText: '40/BC-UBND', kind: 'Báo cáo', issuedOn: '2026-11-30', issuer: 'UBND xã An Thử', summary: 'không được ghi',
    } });
    expect(document.statusCode).toBe(403);
  });
});

describe('the successor and the province', () => {
  it('keep the old communes’ records: the new commune corrects An Thử’s 2023 figures', async () => {
    const res = await t.call(successor, { method: 'PUT', url: '/api/v1/units/98.H.A/profiles/2023', payload: { figures: { households: 729, population: 2971 }, version: 1 } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, canEdit: true });
  });

  it('the province manages the accounts of the units that ended below it', async () => {
    const anThu = await userId('canboanthu');
    const moved = await t.call(province, { method: 'PATCH', url: `/api/v1/users/${anThu.id}`, payload: { unitCode: '99.AB', version: anThu.version } });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ unitCode: '99.AB' });
  });
});

describe('a scope kept between requests', () => {
  it('follows a change to the tree at once: a commune created under the province is in its next request', async () => {
    const reach = async () => ((await t.call(province, { method: 'GET', url: '/api/v1/registries/models?unitCode=99.NEW' })).statusCode);
    expect(await reach()).toBe(404);
    const created = await t.call(tree.admin, { method: 'POST', url: '/api/v1/unit-operations', payload: {
      type: 'create', effectiveDate: '2026-11-01', parentCode: '99', unit: { code: '99.NEW', name: 'Tân Thử', typeName: 'Xã', kind: 'commune' }, legalBasis: 'Nghị quyết thử nghiệm',
    } });
    expect(created.statusCode, created.body).toBeLessThan(300);
    expect(await reach()).toBe(200);
  });
});
