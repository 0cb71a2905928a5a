/**
 * Entered indicators and their rates, with seed 002's one-stop figures: 2022 the district received 2.384
 * dossiers online, 50,43% of all (4.727); 2023 3.447, 82,82% (of 4.162). Values entered by quarter add up
 * to the year; a rate is recomputed from its parts; a value that breaks "online ≤ received" is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../testing/app.js';
import { twoLevelTree, type Commune, type TwoLevelTree } from '../testing/factories.js';

let t: TestApp;
let tree: TwoLevelTree;
let commune: Commune;
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  tree = await twoLevelTree(t, ['Trà Thử', 'Sơn Thử']);
  commune = tree.communes[0]!;
});
afterAll(async () => { await t.close(); });

const enter = (indicator: string, period: string, payload: object, session = commune.editor, unit = commune.code) =>
  t.call(session, { method: 'PUT', url: `/api/v1/units/${unit}/figures/${indicator}?period=${period}`, payload });
const figures = async (period: string, session = commune.editor) =>
  (await t.call(session, { method: 'GET', url: `/api/v1/units/${commune.code}/figures?period=${period}` })).json();

describe('chỉ tiêu nhập theo kỳ', () => {
  it('lists the catalogue with the codes reports rely on', async () => {
    const list = (await t.call(commune.editor, { method: 'GET', url: '/api/v1/indicators' })).json() as { code: string; source: { kind: string } }[];
    expect(list.map((i) => i.code)).toEqual(expect.arrayContaining(['models.count', 'procedure.dossiers', 'procedure.online', 'procedure.online_rate']));
    expect(list.find((i) => i.code === 'procedure.online_rate')!.source).toEqual({ kind: 'ratio', numerator: 'procedure.online', denominator: 'procedure.dossiers' });
  });

  it('computes the online rate from its parts, as seed 002 prints it', async () => {
    expect((await enter('procedure.dossiers', '2022', { value: 4727 })).statusCode).toBe(200);
    const online = await enter('procedure.online', '2022', { value: 2384, note: 'Theo Hệ thống thông tin giải quyết TTHC' });
    expect(online.statusCode, online.body).toBe(200);
    expect(online.json().figures['procedure.online_rate']).toMatchObject({ value: expect.closeTo(50.4337, 3), formatted: '50,43%', numerator: 2384, denominator: 4727, source: 'computed' });
    const year = await figures('2022');
    expect(year['procedure.dossiers']).toMatchObject({ value: 4727, formatted: '4.727', source: 'entered', parts: ['2022'], complete: true, enteredBy: 'Cán bộ xã Trà Thử' });
    // Nothing entered for 2023: blank, not 0, and no rate of nothing.
    expect((await figures('2023'))['procedure.online_rate']).toMatchObject({ value: null, formatted: '', source: null });
  });

  it('adds quarters up to the year and says when one is missing', async () => {
    for (const [q, v] of [['2023Q1', 1000], ['2023Q2', 1100], ['2023Q3', 900]] as const) expect((await enter('procedure.dossiers', q, { value: v })).statusCode).toBe(200);
    expect((await figures('2023'))['procedure.dossiers']).toMatchObject({ value: 3000, parts: ['2023Q1', '2023Q2', '2023Q3'], complete: false });
    await enter('procedure.dossiers', '2023Q4', { value: 1162 });
    expect((await figures('2023'))['procedure.dossiers']).toMatchObject({ value: 4162, formatted: '4.162', complete: true });
    // A value entered for the very period carries the version an edit names; a sum of quarters has none.
    expect((await figures('2023Q4'))['procedure.dossiers'].version).toBe(1);
    expect((await figures('2023'))['procedure.dossiers'].version).toBeUndefined();
    await enter('procedure.online', '2023', { value: 3447 });
    expect((await figures('2023'))['procedure.online_rate'].formatted).toBe('82,82%');
    expect((await figures('2023H1'))['procedure.dossiers'].value).toBe(2100);
  });

  it('refuses a value that breaks a rule, a stale change, a computed indicator and a bad period, keeping what was there', async () => {
    const broken = await enter('procedure.online', '2022', { value: 5000, version: 1 });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error).toMatchObject({ code: 'FIGURE_RULE_BROKEN', message: 'Số hồ sơ trực tuyến không được lớn hơn tổng số hồ sơ tiếp nhận. (5.000 so với 4.727)' });
    expect((await figures('2022'))['procedure.online'].value).toBe(2384);
    const stale = await enter('procedure.online', '2022', { value: 2000 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('FIGURE_VERSION_CONFLICT');
    expect((await enter('models.count', '2022', { value: 3 })).json().error.code).toBe('FIGURE_COMPUTED');
    expect((await enter('procedure.online', '2022', { value: 2.5, version: 1 })).json().error.code).toBe('FIGURE_NOT_INTEGER');
    expect((await enter('procedure.online', '2022', { value: -1, version: 1 })).statusCode).toBe(400);
    const badPeriod = await t.call(commune.editor, { method: 'GET', url: `/api/v1/units/${commune.code}/figures?period=2023Q5` });
    expect(badPeriod.statusCode).toBe(400);
    expect(badPeriod.json().error.details[0]).toMatchObject({ field: 'querystring.period' });
    expect((await enter('procedure.online', '2022', { value: 1 }, tree.communes[1]!.editor)).json().error.code).toBe('OUT_OF_SCOPE');
    expect((await figures('2022'))['procedure.online'].value).toBe(2384);
  });

  it('removes a value with null, audited', async () => {
    const removed = await enter('procedure.dossiers', '2023Q4', { value: null, version: 1 });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await figures('2023'))['procedure.dossiers']).toMatchObject({ value: 3000, complete: false });
    const audit = (await t.call(tree.admin, { method: 'GET', url: '/api/v1/audit?pageSize=100' })).json().items as { action: string }[];
    expect(audit.filter((a) => a.action === 'figure.set')).toHaveLength(7);
    expect(audit.filter((a) => a.action === 'figure.delete')).toHaveLength(1);
  });
});
