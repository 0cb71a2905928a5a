/**
 * The deadline rule table an administrator keeps: a table with two rules of one procedure in force on the
 * same day is refused with nothing changed, a stale save is refused, and a saved table recounts the open
 * cases' deadlines at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../testing/app.js';
import { reformTree, type ReformTree } from '../../testing/factories.js';

let t: TestApp;
let tree: ReformTree;
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  tree = await reformTree(t);
});
afterAll(async () => { await t.close(); });

const base = '/api/v1/registries/petitions';
type Rule = { procedure: string; variant: string; days: number; dayKind: string; validFrom: string; validTo: string | null; source: string };

describe('bảng quy định thời hạn', () => {
  it('refuses overlapping rules and stale saves, and recounts open cases when a rule changes', async () => {
    const clerk = tree.merged!.editor;
    // Monday 02/11/2026, a recommendation: 10 working days end on Monday 16/11.
    const letter = (await t.call(clerk, { method: 'POST', url: `${base}/letters`, payload: { unitCode: tree.merged!.code, channel: 'in_person', receivedOn: '2026-11-02', kind: 'recommendation', summary: 'Phản ánh đèn chiếu sáng thôn 3 hỏng' } })).json();
    const due = async () => (await t.call(clerk, { method: 'GET', url: `${base}/cases/${letter.caseId}` })).json().dueOn;
    expect(await due()).toBe('2026-11-16');

    const shipped = (await t.call(tree.admin, { method: 'GET', url: `${base}/rules` })).json();
    expect(shipped).toMatchObject({ version: null, savedBy: null });
    const overlapping: Rule[] = [...shipped.rules, { procedure: 'recommendation.answer', variant: 'normal', days: 15, dayKind: 'working', validFrom: '2026-07-01', validTo: null, source: 'Thử nghiệm' }];
    const refused = await t.call(tree.admin, { method: 'PUT', url: `${base}/rules`, payload: { rules: overlapping, version: null } });
    expect(refused.json().error).toMatchObject({ code: 'PETITION_RULES_INVALID', details: [{ field: 'rules', message: 'recommendation.answer/normal: hai quy định cùng có hiệu lực từ 2026-07-01.' }] });
    expect((await t.call(clerk, { method: 'PUT', url: `${base}/rules`, payload: { rules: shipped.rules, version: null } })).statusCode).toBe(403);
    expect(await due()).toBe('2026-11-16');

    // The old rule ends the day before the new one: the open case is recounted on 15 working days.
    const amended: Rule[] = [
      ...shipped.rules.map((r: Rule) => (r.procedure === 'recommendation.answer' && r.variant === 'normal' ? { ...r, validTo: '2026-06-30' } : r)),
      { procedure: 'recommendation.answer', variant: 'normal', days: 15, dayKind: 'working', validFrom: '2026-07-01', validTo: null, source: 'Quy định thử nghiệm, Điều 1' },
    ];
    const saved = await t.call(tree.admin, { method: 'PUT', url: `${base}/rules`, payload: { rules: amended, version: null } });
    expect(saved.json()).toMatchObject({ version: 1, savedBy: 'Quản trị hệ thống' });
    expect(await due()).toBe('2026-11-23');
    const detail = (await t.call(clerk, { method: 'GET', url: `${base}/cases/${letter.caseId}` })).json();
    expect(detail.deadlines[0]).toMatchObject({ days: 15, source: 'Quy định thử nghiệm, Điều 1' });
    expect((await t.call(tree.admin, { method: 'PUT', url: `${base}/rules`, payload: { rules: amended, version: null } })).json().error.code).toBe('PETITION_RULES_VERSION_CONFLICT');
    const bad = await t.call(tree.admin, { method: 'PUT', url: `${base}/rules`, payload: { rules: [{ ...amended[0], days: 0 }], version: 1 } });
    expect(bad.json().error.details).toEqual([{ field: 'rules.0.days', message: 'Số ngày ít nhất là 1' }]);
  });
});
