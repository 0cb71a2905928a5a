/**
 * Access follows the tree as it stands today (01/12/2026 here). Huyện Trà Bồng ended on 01/07/2025 and Xã Trà
 * Tây and Xã Trà Tân went into Xã Tây Trà Bồng, directly under the province. The district's manager reads
 * its history and writes nothing; the successor commune and the province keep the old communes' records.
 * Every refusal is followed by a read that shows nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../testing/app.js';

let t: TestApp;
let district: Session;
let oldCommune: Session;
let successor: Session;
let province: Session;
beforeAll(async () => {
  t = await testApp({ demo: true, today: '2026-12-01' });
  district = await t.login('trabong');
  oldCommune = await t.login('tratay');
  successor = await t.login('lanhdaotaytrabong');
  province = await t.login('quangngai');
});
afterAll(async () => { await t.close(); });

const auditTotal = async () => (await t.call(province, { method: 'GET', url: '/api/v1/audit?pageSize=1' })).json().total as number;
const userId = async (username: string) =>
  ((await t.call(province, { method: 'GET', url: '/api/v1/users' })).json() as { id: number; username: string; version: number }[]).find((u) => u.username === username)!;

describe('the manager of a district that has ended', () => {
  it('still reads the history of its communes', async () => {
    const profile = await t.call(district, { method: 'GET', url: '/api/v1/units/51.TB.TT/profiles/2023' });
    expect(profile.statusCode).toBe(200);
    expect(profile.json()).toMatchObject({ figures: { households: 729 }, canEdit: false });
  });

  it('writes no figures, neither of the new commune nor of the old ones', async () => {
    const before = await auditTotal();
    const ward = await t.call(district, { method: 'PUT', url: '/api/v1/units/51.TTB/profiles/2026', payload: { figures: { households: 1 } } });
    expect(ward.statusCode).toBe(403);
    const old = await t.call(district, { method: 'PUT', url: '/api/v1/units/51.TB.TT/profiles/2023', payload: { figures: { households: 1 }, version: 1 } });
    expect(old.statusCode).toBe(403);
    expect(old.json().error.code).toBe('READ_ONLY');
    expect(await auditTotal()).toBe(before);
    expect((await t.call(province, { method: 'GET', url: '/api/v1/units/51.TB.TT/profiles/2023' })).json().figures.households).toBe(729);
  });

  it('manages no account: creates none, resets no password, lists none', async () => {
    const before = await auditTotal();
    const created = await t.call(district, { method: 'POST', url: '/api/v1/users', payload: {
      username: 'chutich.taytrabong', fullName: 'Chủ tịch', unitCode: '51.TTB', roles: ['manager'], password: 'Mat-khau-dai-2026',
    } });
    expect(created.statusCode).toBe(403);
    const chairman = await userId('lanhdaotaytrabong');
    const reset = await t.call(district, { method: 'POST', url: `/api/v1/users/${chairman.id}/password`, payload: { password: 'Chiem-quyen-2026' } });
    expect(reset.statusCode).toBe(404);
    const edit = await t.call(district, { method: 'PATCH', url: `/api/v1/users/${chairman.id}`, payload: { fullName: 'Ai đó', version: chairman.version } });
    expect(edit.statusCode).toBe(404);
    expect((await t.call(district, { method: 'GET', url: '/api/v1/users' })).statusCode).toBe(403);
    expect(await auditTotal()).toBe(before);
    // The chairman still logs in with his own password.
    await t.login('lanhdaotaytrabong');
  });

  it('sends no request and accepts no report', async () => {
    const sent = await t.call(district, { method: 'POST', url: '/api/v1/report-requests', payload: {
      issuingUnitCode: '51.TB', subject: 'Báo cáo', reportKind: 'year', periodStart: '2026-01-01', periodEnd: '2026-12-31',
      cutoffDate: '2026-12-14', requestDate: '2026-11-25', deadline: '2026-12-20', templateId: 1, recipientCodes: ['51.TTB'],
    } });
    expect(sent.statusCode).toBe(403);
    // Seed 000, accepted in 2023, is history the district reads; it decides nothing on it now.
    const reports = (await t.call(district, { method: 'GET', url: '/api/v1/reports?unitCode=51.TB.TT' })).json() as { id: number }[];
    const report = (await t.call(district, { method: 'GET', url: `/api/v1/reports/${reports[0]!.id}` })).json();
    expect(report).toMatchObject({ status: 'accepted', actions: [], canEdit: false });
  });
});

describe('the accounts of a commune that has ended', () => {
  it('read their reports but write none', async () => {
    const mine = (await t.call(oldCommune, { method: 'GET', url: '/api/v1/reports?unitCode=51.TB.TT' })).json() as { id: number }[];
    const report = await t.call(oldCommune, { method: 'GET', url: `/api/v1/reports/${mine[0]!.id}` });
    expect(report.statusCode).toBe(200);
    const document = await t.call(oldCommune, { method: 'POST', url: '/api/v1/documents', payload: {
      numberText: '40/BC-UBND', kind: 'Báo cáo', issuedOn: '2026-11-30', issuer: 'UBND xã Trà Tây', summary: 'không được ghi',
    } });
    expect(document.statusCode).toBe(403);
  });
});

describe('the successor and the province', () => {
  it('keep the old communes’ records: the new commune corrects Trà Tây’s 2023 figures', async () => {
    const res = await t.call(successor, { method: 'PUT', url: '/api/v1/units/51.TB.TT/profiles/2023', payload: { figures: { households: 729, population: 2971 }, version: 1 } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, canEdit: true });
  });

  it('the province manages the accounts of the units that ended below it', async () => {
    const tratay = await userId('tratay');
    const moved = await t.call(province, { method: 'PATCH', url: `/api/v1/users/${tratay.id}`, payload: { unitCode: '51.TTB', version: tratay.version } });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ unitCode: '51.TTB' });
  });
});
