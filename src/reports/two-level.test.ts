/**
 * Today's two-level tree, built by its own factory (no demo): the province asks its communes for the
 * quarterly report; one commune writes it, its chairman submits, the province returns it with a reason,
 * the commune fixes and resubmits, the province accepts; the other commune is late. The request's
 * progress says so at each step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../testing/app.js';
import { twoLevelTree, type TwoLevelTree } from '../testing/factories.js';

let t: TestApp;
let tree: TwoLevelTree;
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  tree = await twoLevelTree(t, ['Sơn Hà', 'Sơn Tây']);
});
afterAll(async () => { await t.close(); });

const request = async (id: number) => (await t.call(tree.provinceLeader, { method: 'GET', url: `/api/v1/report-requests/${id}` })).json();

describe('báo cáo trên cây hai cấp hiện nay (tỉnh - xã)', () => {
  it('gửi, soạn, trình, trả lại, trình lại, tiếp nhận; tiến độ theo từng bước', async () => {
    const [sonHa, sonTay] = tree.communes as [TwoLevelTree['communes'][number], TwoLevelTree['communes'][number]];
    const templates = (await t.call(tree.provinceLeader, { method: 'GET', url: '/api/v1/report-templates' })).json() as { id: number; reportKind: string }[];
    const sent = await t.call(tree.provinceLeader, {
      method: 'POST', url: '/api/v1/report-requests', payload: {
        issuingUnitCode: tree.provinceCode, subject: 'Báo cáo kết quả công tác dân vận chính quyền quý IV năm 2026', reportKind: 'quarter',
        periodStart: '2026-10-01', periodEnd: '2026-12-31', cutoffDate: '2026-12-14', requestDate: '2026-12-01', deadline: '2026-12-19',
        templateId: templates.find((x) => x.reportKind === 'quarter')!.id, recipientCodes: [sonHa.code, sonTay.code],
      },
    });
    expect(sent.statusCode).toBe(201);
    const id = sent.json().id as number;
    expect(sent.json()).toMatchObject({ issuingUnitName: 'Tỉnh Thử Nghiệm', deadlineText: 'Còn 18 ngày', progress: { expected: 2, received: 0 } });
    expect(sent.json().recipients.map((r: { unitName: string; status: string }) => [r.unitName, r.status])).toEqual([['Xã Sơn Hà', 'not_started'], ['Xã Sơn Tây', 'not_started']]);

    // The commune sees the notice and writes; the header comes from today's tree.
    const notices = (await t.call(sonHa.editor, { method: 'GET', url: '/api/v1/notices' })).json();
    expect(notices).toMatchObject([{ requestId: id, issuingUnitName: 'Tỉnh Thử Nghiệm', text: 'Còn 18 ngày', status: 'not_started' }]);
    const draft = await t.call(sonHa.editor, { method: 'POST', url: '/api/v1/reports', payload: { requestId: id } });
    expect(draft.statusCode).toBe(201);
    const report = draft.json();
    expect(report.content.meta).toMatchObject({ parentBody: 'UBND TỈNH THỬ NGHIỆM', issuingBody: 'ỦY BAN NHÂN DÂN XÃ SƠN HÀ' });
    // Above the commune a draft is only "being written".
    expect((await request(id)).recipients[0]).toMatchObject({ status: 'drafting', reportId: null });

    const content = structuredClone(report.content);
    Object.assign(content.meta, { number: '45', date: { year: 2026, month: 12, day: 15 }, signer: { collective: '', authority: 'direct', headTitle: '', title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' } });
    const saved = await t.call(sonHa.editor, { method: 'PUT', url: `/api/v1/reports/${report.id}`, payload: { baseVersion: report.version, content } });
    expect(saved.statusCode).toBe(200);
    const act = (session: typeof sonHa.leader, action: string, baseVersion: number, comment = '') =>
      t.call(session, { method: 'POST', url: `/api/v1/reports/${report.id}/actions`, payload: { action, baseVersion, comment } });

    expect((await act(sonHa.leader, 'submit', 2)).json()).toMatchObject({ status: 'submitted' });
    expect((await request(id))).toMatchObject({ progress: { expected: 2, received: 1, onTime: 1 } });
    expect((await request(id)).recipients[0]).toMatchObject({ status: 'submitted_on_time', reportId: report.id, reportNumber: '45' });

    const returned = await act(tree.provinceLeader, 'return', 2, 'Bổ sung số liệu tiếp công dân quý IV.');
    expect(returned.json()).toMatchObject({ status: 'returned' });
    expect((await t.call(sonHa.editor, { method: 'GET', url: '/api/v1/notices' })).json()).toMatchObject([{ requestId: id, status: 'returned' }]);
    const fixed = structuredClone(saved.json().content);
    fixed.meta.subject = `${fixed.meta.subject} (bổ sung)`;
    expect((await t.call(sonHa.editor, { method: 'PUT', url: `/api/v1/reports/${report.id}`, payload: { baseVersion: 2, content: fixed } })).statusCode).toBe(200);
    expect((await act(sonHa.leader, 'resubmit', 3)).json()).toMatchObject({ status: 'submitted' });
    expect((await act(tree.provinceLeader, 'accept', 3)).json()).toMatchObject({ status: 'accepted', lock: 'LOCKED_ACCEPTED' });

    const done = await request(id);
    expect(done.progress).toMatchObject({ expected: 2, received: 1, onTime: 1, completeness: 50, late: 0 });
    expect(done.recipients.map((r: { status: string }) => r.status)).toEqual(['accepted', 'not_started']);
    // A commune sees its own row only, and nothing of its neighbour's.
    const seenBySonTay = (await t.call(sonTay.editor, { method: 'GET', url: `/api/v1/report-requests/${id}` })).json();
    expect(seenBySonTay.recipients.map((r: { unitName: string }) => r.unitName)).toEqual(['Xã Sơn Tây']);
    expect((await t.call(sonTay.editor, { method: 'GET', url: `/api/v1/reports/${report.id}` })).statusCode).toBe(404);
  });
});
