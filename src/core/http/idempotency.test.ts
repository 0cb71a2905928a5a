/** A form submitted twice with its Idempotency-Key does the work once, and the repeat gets the first answer. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../../testing/app.js';
import { twoLevelTree, type TwoLevelTree } from '../../testing/factories.js';

let t: TestApp;
let tree: TwoLevelTree;
let province: Session;
let templateId: number;
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  tree = await twoLevelTree(t, ['Sơn Hà']);
  province = tree.provinceLeader;
  templateId = ((await t.call(province, { method: 'GET', url: '/api/v1/report-templates' })).json() as { id: number }[])[0]!.id;
});
afterAll(async () => { await t.close(); });

const body = (subject: string) => ({
  issuingUnitCode: tree.provinceCode, subject, reportKind: 'year', periodStart: '2026-01-01', periodEnd: '2026-12-31',
  cutoffDate: '2026-12-14', requestDate: '2026-11-30', deadline: '2026-12-20', templateId, recipientCodes: [tree.communes[0]!.code],
});
const send = (key: string, payload: unknown) => t.call(province, { method: 'POST', url: '/api/v1/report-requests', payload: payload as object, headers: { 'idempotency-key': key } });
const sentCount = async () => (await t.call(province, { method: 'GET', url: '/api/v1/report-requests?direction=sent' })).json<{ total: number }>().total;

describe('Idempotency-Key', () => {
  it('sends one request for two submissions of one form, the second answered as the first', async () => {
    const before = await sentCount();
    const first = await send('form-0001-abcd', body('Báo cáo năm 2026'));
    const again = await send('form-0001-abcd', body('Báo cáo năm 2026'));
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    expect(await sentCount()).toBe(before + 1);
  });

  it('refuses the key of one submission for another, and lets a failed one be sent again', async () => {
    const reused = await send('form-0001-abcd', body('Một yêu cầu khác'));
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const failed = await send('form-0002-abcd', { ...body('Báo cáo'), deadline: '2026-01-01' });
    expect(failed.statusCode).toBe(400);
    const fixed = await send('form-0002-abcd', body('Báo cáo'));
    expect(fixed.statusCode).toBe(201);
    expect((await send('bad key!', body('x'))).json().error.code).toBe('IDEMPOTENCY_KEY_INVALID');
  });

  it('does the work once for two submissions at the same moment', async () => {
    const before = await sentCount();
    const both = await Promise.all([1, 2].map(() => send('form-0003-abcd', body('Báo cáo đồng thời'))));
    expect(both.map((r) => r.statusCode).sort()).toEqual(expect.arrayContaining([201]));
    for (const r of both) expect([201, 409]).toContain(r.statusCode);
    expect(await sentCount()).toBe(before + 1);
  });
});
