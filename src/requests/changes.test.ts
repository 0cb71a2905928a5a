/**
 * After sending, the issuer extends a request's deadline or withdraws it; a commune deletes its own draft
 * that never left it. The province's quarterly request to its communes (as the demo's live one) on 01/12/2026.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../testing/app.js';
import { reformTree, type ReformTree } from '../testing/factories.js';

let t: TestApp;
let tree: ReformTree;
let province: Session;
let editor: Session;
let leader: Session;
let request: { id: number; version: number; deadline: string };
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  tree = await reformTree(t);
  province = tree.province.manager;
  editor = tree.merged!.editor;
  leader = tree.merged!.leader;
  const id = await sendQuarterlyRequest(province, ['98.H.C', '99.AB']);
  request = (await t.call(province, { method: 'GET', url: `/api/v1/report-requests/${id}` })).json();
});
afterAll(async () => { await t.close(); });

/** The province's request for the fourth quarter, sent on 28/11/2026 (as the demo's live request). */
async function sendQuarterlyRequest(session: Session, recipientCodes: string[]): Promise<number> {
  const templates = (await t.call(session, { method: 'GET', url: '/api/v1/report-templates' })).json() as { id: number; reportKind: string }[];
  const sent = await t.call(session, {
    method: 'POST', url: '/api/v1/report-requests', payload: {
      issuingUnitCode: tree.province.code, subject: 'Báo cáo kết quả công tác dân vận chính quyền quý IV năm 2026', reportKind: 'quarter',
      periodStart: '2026-10-01', periodEnd: '2026-12-31', cutoffDate: '2026-12-14', requestDate: '2026-11-28', deadline: '2026-12-19',
      templateId: templates.find((x) => x.reportKind === 'quarter')!.id, recipientCodes,
    },
  });
  expect(sent.statusCode, sent.body).toBe(201);
  return sent.json().id as number;
}

const audit = async (entity: string) => (await t.call(province, { method: 'GET', url: `/api/v1/audit?entity=${entity}&pageSize=20` })).json().items as { action: string; before: unknown; after: unknown }[];

describe('extending a deadline (gia hạn)', () => {
  it('moves it later only, from the version the issuer saw, and the communes see it', async () => {
    expect(request).toMatchObject({ deadline: '2026-12-19', canManage: true });
    const earlier = await t.call(province, { method: 'POST', url: `/api/v1/report-requests/${request.id}/deadline`, payload: { deadline: '2026-12-10', version: request.version } });
    expect(earlier.statusCode).toBe(400);
    expect(earlier.json().error).toMatchObject({ code: 'DEADLINE_NOT_LATER', message: 'Hạn mới (10/12/2026) phải sau hạn hiện tại (19/12/2026).' });
    const byCommune = await t.call(leader, { method: 'POST', url: `/api/v1/report-requests/${request.id}/deadline`, payload: { deadline: '2026-12-31', version: request.version } });
    expect(byCommune.statusCode).toBe(403);
    const extended = await t.call(province, { method: 'POST', url: `/api/v1/report-requests/${request.id}/deadline`, payload: { deadline: '2026-12-28', reason: 'Chờ số liệu tiếp công dân', version: request.version } });
    expect(extended.statusCode).toBe(200);
    expect(extended.json()).toMatchObject({ deadline: '2026-12-28', version: request.version + 1 });
    const stale = await t.call(province, { method: 'POST', url: `/api/v1/report-requests/${request.id}/deadline`, payload: { deadline: '2026-12-30', version: request.version } });
    expect(stale.statusCode).toBe(409);
    const notice = ((await t.call(editor, { method: 'GET', url: '/api/v1/notices' })).json() as { requestId: number; deadline: string; text: string }[]).find((n) => n.requestId === request.id);
    expect(notice).toMatchObject({ deadline: '2026-12-28', text: 'Còn 27 ngày' });
    expect((await audit('report_request'))[0]).toMatchObject({ action: 'request.extend', before: { deadline: '2026-12-19' }, after: { deadline: '2026-12-28', reason: 'Chờ số liệu tiếp công dân' } });
    request = extended.json();
  });
});

describe('deleting a draft', () => {
  it('lets the unit delete a draft that never left it, audited, and write a new one', async () => {
    const draft = (await t.call(editor, { method: 'POST', url: '/api/v1/reports', payload: { requestId: request.id } })).json();
    expect(draft.canDelete).toBe(true);
    expect((await t.call(province, { method: 'DELETE', url: `/api/v1/reports/${draft.id}` })).statusCode).toBe(403);
    const deleted = await t.call(editor, { method: 'DELETE', url: `/api/v1/reports/${draft.id}` });
    expect(deleted.statusCode).toBe(200);
    expect((await t.call(editor, { method: 'GET', url: `/api/v1/reports/${draft.id}` })).statusCode).toBe(404);
    const own = (await t.call(editor, { method: 'GET', url: '/api/v1/audit?entity=report&pageSize=5' })).json().items;
    expect(own[0]).toMatchObject({ action: 'report.delete', before: { subject: draft.content.meta.subject, version: 1 } });
    expect((await t.call(editor, { method: 'POST', url: '/api/v1/reports', payload: { requestId: request.id } })).statusCode).toBe(201);
  });

  it('keeps a report that was submitted once', async () => {
    const [mine] = (await t.call(editor, { method: 'GET', url: `/api/v1/reports?requestId=${request.id}` })).json<{ items: { id: number }[] }>().items;
    const draft = (await t.call(editor, { method: 'GET', url: `/api/v1/reports/${mine!.id}` })).json();
    const content = structuredClone(draft.content);
    Object.assign(content.meta, { number: '90', date: { year: 2026, month: 12, day: 1 } });
    content.meta.signer = { ...content.meta.signer, title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' };
    const saved = (await t.call(editor, { method: 'PUT', url: `/api/v1/reports/${draft.id}`, payload: { baseVersion: draft.version, content } })).json();
    const submitted = await t.call(leader, { method: 'POST', url: `/api/v1/reports/${draft.id}/actions`, payload: { action: 'submit', baseVersion: saved.version } });
    expect(submitted.json()).toMatchObject({ status: 'submitted', canDelete: false });
    const refused = await t.call(leader, { method: 'DELETE', url: `/api/v1/reports/${draft.id}` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('REPORT_NOT_DELETABLE');
  });
});

describe('withdrawing a request (thu hồi)', () => {
  it('needs a reason, shows the communes it withdrawn, keeps their reports and takes no new one', async () => {
    const silent = await t.call(province, { method: 'POST', url: `/api/v1/report-requests/${request.id}/withdraw`, payload: { reason: ' ', version: request.version } });
    expect(silent.statusCode).toBe(400);
    const withdrawn = await t.call(province, { method: 'POST', url: `/api/v1/report-requests/${request.id}/withdraw`, payload: { reason: 'Gửi nhầm kỳ báo cáo', version: request.version } });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ withdrawn: { reason: 'Gửi nhầm kỳ báo cáo' }, canManage: false });
    const seen = (await t.call(editor, { method: 'GET', url: `/api/v1/report-requests/${request.id}` })).json();
    expect(seen).toMatchObject({ withdrawn: { reason: 'Gửi nhầm kỳ báo cáo' }, canWriteReport: false });
    expect(((await t.call(editor, { method: 'GET', url: '/api/v1/notices' })).json() as { requestId: number }[]).map((n) => n.requestId)).not.toContain(request.id);
    expect((await t.call(editor, { method: 'GET', url: `/api/v1/reports?requestId=${request.id}` })).json<{ items: unknown[] }>().items).toHaveLength(1);
    const ward = tree.old.communes[2].editor;
    const late = await t.call(ward, { method: 'POST', url: '/api/v1/reports', payload: { requestId: request.id } });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('REQUEST_WITHDRAWN');
    const again = await t.call(province, { method: 'POST', url: `/api/v1/report-requests/${request.id}/deadline`, payload: { deadline: '2027-01-10', version: withdrawn.json().version } });
    expect(again.json().error.code).toBe('REQUEST_WITHDRAWN');
    expect((await audit('report_request'))[0]).toMatchObject({ action: 'request.withdraw', after: { reason: 'Gửi nhầm kỳ báo cáo' } });
  });
});
