/**
 * Every write endpoint, called by managers of today's two-level tree, answers, and the server answers
 * after it. On the embedded database a query made outside its use case's open transaction waited for it
 * forever: one account edit by a manager hung every later request, /api/health included. Each call here
 * has its own time limit, so such a hang fails the test instead of the run.
 *
 * The calls are the province's flow after 01/07/2025: it sends a request to Xã An Bình (made of two
 * communes on that day, see testing/factories.ts), the commune
 * writes, submits, is returned, resubmits, and the province accepts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { testApp, type Session, type TestApp } from '../testing/app.js';
import { factoryPassword, reformTree } from '../testing/factories.js';

let t: TestApp;
let province: Session;
let commune: Session;
let editor: Session;
let admin: Session;
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  const tree = await reformTree(t);
  province = tree.province.manager;
  commune = tree.merged!.leader;
  editor = tree.merged!.editor;
  admin = tree.admin;
});
afterAll(async () => { await t.close(); });

/** One call, failed after 10 s rather than waited on. */
async function call(session: Session, options: InjectOptions, expected: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${options.method} ${options.url} did not answer in 10 s`)), 10_000);
  });
  try {
    const res = await Promise.race([t.call(session, options), timeout]);
    expect(res.statusCode, `${options.method} ${options.url}: ${res.body.slice(0, 300)}`).toBe(expected);
    return res.json();
  } finally {
    clearTimeout(timer);
  }
}

describe('write endpoints on the embedded database and the server', () => {
  it('answers every one of them as a manager, and still answers afterwards', async () => {
    // Units and profiles.
    await call(admin, { method: 'POST', url: '/api/v1/unit-operations', payload: {
      type: 'create', effectiveDate: '2026-11-01', legalBasis: 'Dữ liệu kiểm thử', parentCode: '99.AB',
      unit: { code: '99.AB.1', name: 'Thôn 1', typeName: 'Thôn', kind: 'village' },
    } }, 201);
    const profile = await call(commune, { method: 'PUT', url: '/api/v1/units/99.AB/profiles/2026', payload: { figures: { households: 1480 } } }, 201);
    await call(province, { method: 'PUT', url: '/api/v1/units/99.AB/profiles/2026', payload: { figures: { households: 1481 }, version: profile.version } }, 200);

    // Accounts: the two calls that hung the embedded database.
    const user = await call(province, { method: 'POST', url: '/api/v1/users', payload: {
      username: 'vanthu.anbinh', fullName: 'Văn thư xã An Bình', unitCode: '99.AB', roles: ['editor'], password: 'Xa-An-Binh-2026',
    } }, 201);
    await call(province, { method: 'PATCH', url: `/api/v1/users/${user.id}`, payload: { fullName: 'Văn thư UBND xã An Bình', version: user.version } }, 200);
    await call(province, { method: 'POST', url: `/api/v1/users/${user.id}/password`, payload: { password: 'Mat-khau-moi-2026' } }, 200);

    // Documents.
    const plan = await call(commune, { method: 'POST', url: '/api/v1/documents', payload: {
      numberText: '12/KH-UBND', kind: 'Kế hoạch', issuedOn: '2026-01-15', issuer: 'UBND xã An Bình', summary: 'thực hiện công tác dân vận chính quyền năm 2026',
    } }, 201);
    const directive = await call(province, { method: 'POST', url: '/api/v1/documents', payload: {
      numberText: '05/CT-UBND', kind: 'Chỉ thị', issuedOn: '2026-01-05', issuer: 'UBND tỉnh Thử Nghiệm', summary: 'tăng cường công tác dân vận chính quyền',
    } }, 201);
    await call(commune, { method: 'PUT', url: `/api/v1/documents/${plan.id}`, payload: {
      numberText: '12/KH-UBND', kind: 'Kế hoạch', issuedOn: '2026-01-16', issuer: 'UBND xã An Bình', summary: 'thực hiện công tác dân vận chính quyền năm 2026', version: plan.version,
    } }, 200);
    const linked = await call(commune, { method: 'POST', url: `/api/v1/documents/${plan.id}/links`, payload: { toId: directive.id, relation: 'implements' } }, 200);
    await call(commune, { method: 'DELETE', url: `/api/v1/documents/${plan.id}/links/${linked.links[0].id}` }, 200);
    await call(commune, { method: 'POST', url: '/api/v1/documents/resolve', payload: { text: 'Thực hiện Kế hoạch số 12/KH-UBND ngày 16/01/2026 của UBND xã.' } }, 200);

    // Templates.
    const templates = await call(province, { method: 'GET', url: '/api/v1/report-templates' }, 200);
    const { reportKind, description, subject, closing, outline } = await call(province, { method: 'GET', url: `/api/v1/report-templates/${templates[0].id}` }, 200);
    const outlineOf = (title: string) => ({ title, reportKind, description, subject, closing, outline });
    const template = await call(province, { method: 'POST', url: '/api/v1/report-templates', payload: outlineOf('Đề cương báo cáo năm của tỉnh') }, 201);
    await call(province, { method: 'PUT', url: `/api/v1/report-templates/${template.id}`, payload: { template: outlineOf('Đề cương báo cáo năm 2026 của tỉnh'), baseVersion: template.version } }, 200);

    // The request and its report, through the whole workflow.
    const request = await call(province, { method: 'POST', url: '/api/v1/report-requests', payload: {
      issuingUnitCode: '99', subject: 'Báo cáo kết quả công tác dân vận chính quyền năm 2026', reportKind: 'year',
      periodStart: '2026-01-01', periodEnd: '2026-12-31', cutoffDate: '2026-12-14', requestDate: '2026-11-25', deadline: '2026-12-20',
      templateId: template.id, recipientCodes: ['99.AB'], basisDocument: { id: directive.id },
    } }, 201);
    const draft = await call(editor, { method: 'POST', url: '/api/v1/reports', payload: { requestId: request.id } }, 201);
    const content = structuredClone(draft.content);
    Object.assign(content.meta, { number: '85', date: { year: 2026, month: 12, day: 10 } });
    content.meta.signer = { ...content.meta.signer, title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' };
    content.meta.recipients = ['UBND tỉnh Thử Nghiệm', 'Lưu: VT'];
    const saved = await call(editor, { method: 'PUT', url: `/api/v1/reports/${draft.id}`, payload: { baseVersion: draft.version, content } }, 200);
    const submitted = await call(commune, { method: 'POST', url: `/api/v1/reports/${draft.id}/actions`, payload: { action: 'submit', baseVersion: saved.version } }, 200);
    const returned = await call(province, { method: 'POST', url: `/api/v1/reports/${draft.id}/actions`, payload: { action: 'return', baseVersion: submitted.version, comment: 'Bổ sung số liệu tiếp công dân.' } }, 200);
    const resubmitted = await call(commune, { method: 'POST', url: `/api/v1/reports/${draft.id}/actions`, payload: { action: 'resubmit', baseVersion: returned.version } }, 200);
    const accepted = await call(province, { method: 'POST', url: `/api/v1/reports/${draft.id}/actions`, payload: { action: 'accept', baseVersion: resubmitted.version } }, 200);
    expect(accepted.status).toBe('accepted');
    const extended = await call(province, { method: 'POST', url: `/api/v1/report-requests/${request.id}/deadline`, payload: { deadline: '2026-12-27', version: request.version } }, 200);
    await call(province, { method: 'POST', url: `/api/v1/report-requests/${request.id}/withdraw`, payload: { reason: 'Đã đủ báo cáo', version: extended.version } }, 200);
    const spare = await call(editor, { method: 'POST', url: '/api/v1/reports', payload: { templateId: template.id } }, 201);
    await call(editor, { method: 'DELETE', url: `/api/v1/reports/${spare.id}` }, 200);

    // Registries and entered figures.
    const model = { unitCode: '99.AB', name: 'Camera an ninh', owner: 'ubnd', field: 'defence_security', startYear: 2026 };
    const recorded = await call(editor, { method: 'POST', url: '/api/v1/registries/models', payload: model }, 201);
    const renamed = await call(province, { method: 'PUT', url: `/api/v1/registries/models/${recorded.id}`, payload: { ...model, name: 'Camera an ninh thôn 1', version: recorded.version } }, 200);
    await call(commune, { method: 'POST', url: `/api/v1/registries/models/${recorded.id}/delete`, payload: { reason: 'Nhập nhầm đơn vị', version: renamed.version } }, 200);
    const round = { unitCode: '99.AB', heldOn: '2026-10-05', topic: 'Phổ biến Luật Thực hiện dân chủ ở cơ sở', form: 'village_meeting', participants: 60 };
    const held = await call(editor, { method: 'POST', url: '/api/v1/registries/outreach', payload: round }, 201);
    const recounted = await call(province, { method: 'PUT', url: `/api/v1/registries/outreach/${held.id}`, payload: { ...round, participants: 62, version: held.version } }, 200);
    await call(commune, { method: 'POST', url: `/api/v1/registries/outreach/${held.id}/delete`, payload: { reason: 'Nhập nhầm', version: recounted.version } }, 200);
    const session = { unitCode: '99.AB', heldOn: '2026-10-08', kind: 'periodic', host: 'Nguyễn Văn An', citizens: 4 };
    const received = await call(commune, { method: 'POST', url: '/api/v1/registries/receptions', payload: session }, 201);
    const corrected = await call(editor, { method: 'PUT', url: `/api/v1/registries/receptions/${received.id}`, payload: { ...session, citizens: 5, version: received.version } }, 200);
    await call(province, { method: 'POST', url: `/api/v1/registries/receptions/${received.id}/delete`, payload: { reason: 'Nhập nhầm', version: corrected.version } }, 200);
    const dossiers = await call(editor, { method: 'PUT', url: '/api/v1/units/99.AB/figures/procedure.dossiers?period=2026Q3', payload: { value: 410 } }, 200);
    await call(province, { method: 'PUT', url: '/api/v1/units/99.AB/figures/procedure.dossiers?period=2026Q3', payload: { value: 412, version: dossiers.version } }, 200);

    // Own password, then logging out.
    await call(editor, { method: 'POST', url: '/api/v1/auth/password', payload: { currentPassword: factoryPassword, newPassword: 'Xa-An-Binh-moi-2026' } }, 200);
    await call(editor, { method: 'POST', url: '/api/v1/auth/logout' }, 200);

    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toMatchObject({ status: 'ok' });
  });
});
