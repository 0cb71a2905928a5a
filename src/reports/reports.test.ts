/**
 * A district asks its communes for a report; An Thử writes it, submits, is returned, resubmits and is
 * accepted. Every refusal is checked to change nothing. Built by reformTree (no demo).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { sql } from 'drizzle-orm';
import { testApp, type Session, type TestApp } from '../testing/app.js';
import { factoryPassword, reformTree } from '../testing/factories.js';
import { driverErrorOf } from '../core/db/errors.js';
import { findSoffice, pdfFontProblem } from '../exports/pdf.js';
import { texts } from '../exports/docx-xml.js';

let t: TestApp;
/** The district's manager; An Thử's editor and its chairman; Bình Thử's editor; Phường Đức Thử's leader, of another district. */
let district: Session, editor: Session, leader: Session, neighbour: Session, outsider: Session;

async function ok(session: Session, url: string, payload: object, method: 'POST' | 'PUT' = 'POST') {
  const res = await t.call(session, { method, url, payload });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

beforeAll(async () => {
  // Huyện Đông Thử and its communes as they stood on 10/06/2025, three weeks before the district level ended.
  t = await testApp({ today: '2025-06-10' });
  const tree = await reformTree(t);
  [district, editor, leader, neighbour] = [tree.old.district.manager, tree.old.communes[0].editor, tree.old.communes[0].leader, tree.old.communes[1].editor];
  // A ward of another district of the same old province, with its leader.
  const create = (parentCode: string, unit: object) => ok(tree.admin, '/api/v1/unit-operations', { type: 'create', effectiveDate: '2020-01-01', parentCode, unit, legalBasis: 'Nghị quyết thử nghiệm' });
  await create('98', { code: '98.K', name: 'Tây Thử', typeName: 'Thị xã', kind: 'district' });
  await create('98.K', { code: '98.K.A', name: 'Đức Thử', typeName: 'Phường', kind: 'commune' });
  await ok(tree.admin, '/api/v1/users', { username: 'lanhdaoducthu', fullName: 'Lãnh đạo UBND phường Đức Thử', unitCode: '98.K.A', roles: ['manager'], password: factoryPassword });
  outsider = await t.login('lanhdaoducthu', factoryPassword);
  // An Thử's earlier report: its signer and recipients are the best first guess for the next one.
  const earlier = await ok(editor, '/api/v1/reports', { templateId: await templateId(/Dân vận khéo/) });
  Object.assign(earlier.content.meta, { signer: { collective: '', authority: 'direct', headTitle: '', title: 'CHỦ TỊCH', name: 'Hồ Văn Long' },
    recipients: ['Cơ quan Tổ chức - Nội vụ huyện', 'TT Đảng ủy; TT HĐND xã', 'CT, PCT UBND xã', 'Lưu: VT, NV'] });
  await ok(editor, `/api/v1/reports/${earlier.id}`, { baseVersion: earlier.version, content: earlier.content }, 'PUT');
});
afterAll(async () => { await t.close(); });

const basisDocument = {
  numberText: '1520/UBND-NV', kind: 'Công văn', issuedOn: '2025-06-02', issuer: 'UBND huyện Đông Thử',
  summary: 'báo cáo công tác dân vận chính quyền 6 tháng đầu năm 2025',
};

async function templateId(title: RegExp): Promise<number> {
  const list = (await t.call(district, { method: 'GET', url: '/api/v1/report-templates' })).json() as { id: number; title: string }[];
  return list.find((x) => title.test(x.title))!.id;
}

// Huyện Đông Thử ended on 01/07/2025: its requests are dated before. The deadline is far ahead so the
// submission below counts as on time whatever today is.
const requestBody = async () => ({
  issuingUnitCode: '98.H', basisDocument, subject: 'Báo cáo công tác dân vận chính quyền 6 tháng đầu năm 2025',
  reportKind: 'half_year', periodStart: '2025-01-01', periodEnd: '2025-06-30', cutoffDate: '2025-06-14', requestDate: '2025-06-02',
  deadline: '2099-06-15', templateId: await templateId(/Dân vận khéo/), recipientCodes: ['98.H.A', '98.H.B'],
});

const auditCount = async () => (await t.call(district, { method: 'GET', url: '/api/v1/audit?pageSize=1' })).json().total as number;
const requestCount = async () => (await t.call(district, { method: 'GET', url: '/api/v1/report-requests' })).json<{ total: number }>().total;

let requestId: number;
let reportId: number;

describe('report requests', () => {
  it('needs a session', async () => {
    expect((await t.call(null, { method: 'GET', url: '/api/v1/report-requests' })).statusCode).toBe(401);
    expect((await t.call(null, { method: 'GET', url: '/api/v1/reports/export-formats' })).statusCode).toBe(401);
  });

  it('tells the UI whether PDF can be made here (LibreOffice installed)', async () => {
    const res = await t.call(editor, { method: 'GET', url: '/api/v1/reports/export-formats' });
    const pdf = findSoffice() !== null;
    // With fonts-liberation2 installed (as .ci/run does) there is nothing to warn about.
    expect(res.json()).toEqual({ docx: true, pdf, pdfWarning: pdf ? pdfFontProblem() : null });
  });

  it('refuses bad dates, unknown and foreign units, and an editor as sender, changing nothing', async () => {
    const body = await requestBody();
    const before = { audit: await auditCount(), requests: await requestCount() };
    const late = await t.call(district, { method: 'POST', url: '/api/v1/report-requests', payload: { ...body, deadline: '2025-05-01' } });
    expect(late.statusCode).toBe(400);
    expect(late.json().error).toMatchObject({ code: 'REQUEST_DATES_INVALID', message: 'Hạn nộp (01/05/2025) trước ngày ban hành yêu cầu (02/06/2025).' });
    const cutoff = await t.call(district, { method: 'POST', url: '/api/v1/report-requests', payload: { ...body, cutoffDate: '2020-01-01' } });
    expect(cutoff.json().error.details).toEqual([{ field: 'cutoffDate', message: 'Ngày chốt số liệu (01/01/2020) trước ngày bắt đầu kỳ báo cáo (01/01/2025).' }]);
    const unknown = await t.call(district, { method: 'POST', url: '/api/v1/report-requests', payload: { ...body, recipientCodes: ['98.H.A', '99.XX'] } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'UNIT_NOT_FOUND', message: 'Không tìm thấy đơn vị có mã "99.XX".' });
    const foreign = await t.call(district, { method: 'POST', url: '/api/v1/report-requests', payload: { ...body, recipientCodes: ['98.K.A'] } });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.code).toBe('RECIPIENT_NOT_SUBORDINATE');
    const byEditor = await t.call(editor, { method: 'POST', url: '/api/v1/report-requests', payload: body });
    expect(byEditor.statusCode).toBe(403);
    const dissolved = await t.call(district, { method: 'POST', url: '/api/v1/report-requests', payload: { ...body, requestDate: '2025-07-02', deadline: '2099-01-01' } });
    expect(dissolved.json().error.code).toBe('ISSUER_NOT_VALID_ON_DATE');
    const noRecipients = await t.call(district, { method: 'POST', url: '/api/v1/report-requests', payload: { ...body, recipientCodes: [] } });
    expect(noRecipients.json().error.details[0]).toMatchObject({ field: 'recipientCodes', message: 'Chọn ít nhất một đơn vị phải báo cáo' });
    expect({ audit: await auditCount(), requests: await requestCount() }).toEqual(before);
    const docs = (await t.call(district, { method: 'GET', url: '/api/v1/documents?number=1520/UBND-NV' })).json();
    expect(docs.total).toBe(0);
  });

  it('sends a request to both communes and registers its basis document', async () => {
    const res = await t.call(district, { method: 'POST', url: '/api/v1/report-requests', payload: await requestBody() });
    expect(res.statusCode).toBe(201);
    const request = res.json();
    requestId = request.id;
    expect(request).toMatchObject({
      issuingUnitName: 'Huyện Đông Thử', direction: 'sent', basisCitation: 'Công văn số 1520/UBND-NV ngày 2/6/2025 của UBND huyện Đông Thử',
      progress: { expected: 2, received: 0, completeness: 0, late: 0 },
    });
    expect(request.recipients.map((r: { unitName: string; status: string; unitEnded: string }) => [r.unitName, r.status, r.unitEnded]))
      .toEqual([['Xã An Thử', 'not_started', '2025-07-01'], ['Xã Bình Thử', 'not_started', '2025-07-01']]);
    const docs = (await t.call(editor, { method: 'GET', url: '/api/v1/documents?number=1520/UBND-NV' })).json();
    expect(docs.items[0]).toMatchObject({ kind: 'Công văn', issuedOn: '2025-06-02', issuer: 'UBND huyện Đông Thử' });
  });

  it('shows the commune a notice with the days left and only its own row', async () => {
    const notices = (await t.call(editor, { method: 'GET', url: '/api/v1/notices' })).json();
    expect(notices.find((n: { requestId: number }) => n.requestId === requestId)).toMatchObject({ status: 'not_started', reportId: null, text: expect.stringMatching(/^Còn \d+ ngày$/) });
    const seen = (await t.call(editor, { method: 'GET', url: `/api/v1/report-requests/${requestId}` })).json();
    expect(seen.direction).toBe('received');
    expect(seen.recipients.map((r: { unitCode: string }) => r.unitCode)).toEqual(['98.H.A']);
    expect((await t.call(outsider, { method: 'GET', url: `/api/v1/report-requests/${requestId}` })).statusCode).toBe(404);
  });
});

describe('writing and approving An Thử’s report', () => {
  let report: { version: number; content: { meta: Record<string, unknown>; sections: { key: string; blocks: unknown[]; figureTables: { key: string }[] }[]; figures: Record<string, unknown> } };

  it('creates the draft from the request, once', async () => {
    const res = await t.call(editor, { method: 'POST', url: '/api/v1/reports', payload: { requestId } });
    expect(res.statusCode).toBe(201);
    report = res.json();
    reportId = res.json().id;
    expect(res.json()).toMatchObject({ status: 'draft', version: 1, canEdit: true, actions: [], numberText: 'Số:       /BC-UBND' });
    expect(report.content.meta).toMatchObject({ issuingBody: 'ỦY BAN NHÂN DÂN XÃ AN THỬ', parentBody: 'UBND HUYỆN ĐÔNG THỬ', place: 'An Thử' });
    // The signer and recipients of the unit's previous report (made in beforeAll) are the best first guess.
    expect(report.content.meta).toMatchObject({ signer: { title: 'CHỦ TỊCH', name: 'Hồ Văn Long' }, recipients: ['Cơ quan Tổ chức - Nội vụ huyện', 'TT Đảng ủy; TT HĐND xã', 'CT, PCT UBND xã', 'Lưu: VT, NV'] });
    expect(JSON.stringify(report.content.meta.basis)).toContain('Thực hiện Công văn số 1520/UBND-NV ngày 2/6/2025 của UBND huyện Đông Thử');
    const again = await t.call(editor, { method: 'POST', url: '/api/v1/reports', payload: { requestId } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'REPORT_EXISTS', details: { id: reportId } });
  });

  it('keeps the draft private: another commune does not find it, the district may not read or export it', async () => {
    expect((await t.call(neighbour, { method: 'GET', url: `/api/v1/reports/${reportId}` })).statusCode).toBe(404);
    const read = await t.call(district, { method: 'GET', url: `/api/v1/reports/${reportId}` });
    expect(read.statusCode).toBe(403);
    expect(read.json().error.code).toBe('REPORT_DRAFT_PRIVATE');
    const exported = await t.call(district, { method: 'GET', url: `/api/v1/reports/${reportId}/export?format=docx` });
    expect(exported.statusCode).toBe(403);
    expect(exported.json().error.message).toContain('Xã An Thử');
    // Nor by any other path: no title or number in the lists, no saves in the audit log.
    const listed = (await t.call(district, { method: 'GET', url: '/api/v1/reports' })).json<{ items: { id: number }[] }>().items;
    expect(listed.map((r) => r.id)).not.toContain(reportId);
    const progress = (await t.call(district, { method: 'GET', url: `/api/v1/report-requests/${requestId}` })).json();
    expect(progress.recipients.find((r: { unitCode: string }) => r.unitCode === '98.H.A')).toMatchObject({ status: 'drafting', reportId: null, reportNumber: null });
    const audit = (await t.call(district, { method: 'GET', url: '/api/v1/audit?entity=report&pageSize=200' })).json();
    expect(audit.items.filter((i: { entityId: string }) => i.entityId === String(reportId))).toEqual([]);
  });

  it('saves versions, and a stale save gets 409 with the current content and changes nothing', async () => {
    const content = structuredClone(report.content);
    content.sections[0]!.blocks = [{ type: 'paragraph', marker: '-', content: [
      { type: 'text', text: 'Toàn xã có 729 hộ/2.971 khẩu. <script>alert(1)</script>' },
      { type: 'footnote', content: [{ type: 'text', text: 'Kế hoạch số 17/KH-UBND ngày 02/4/2020 của UBND xã An Thử.' }] },
    ] }];
    const saved = await t.call(editor, { method: 'PUT', url: `/api/v1/reports/${reportId}`, payload: { baseVersion: 1, content } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().version).toBe(2);
    expect(saved.json().content.sections[0].blocks[0].content[0].text).toBe('Toàn xã có 729 hộ/2.971 khẩu. <script>alert(1)</script>');

    const stale = await t.call(leader, { method: 'PUT', url: `/api/v1/reports/${reportId}`, payload: { baseVersion: 1, content: report.content } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'REPORT_VERSION_CONFLICT', details: { currentVersion: 2, savedBy: 'Cán bộ xã An Thử' } });
    expect(stale.json().error.details.content.sections[0].blocks).toHaveLength(1);
    const now = (await t.call(editor, { method: 'GET', url: `/api/v1/reports/${reportId}` })).json();
    expect(now.version).toBe(2);

    const markup = await t.call(editor, { method: 'PUT', url: `/api/v1/reports/${reportId}`, payload: { baseVersion: 2, content: { ...content, sections: [{ ...content.sections[0], blocks: [{ type: 'html', html: '<img onerror=x>' }] }] } } });
    expect(markup.statusCode).toBe(400);
    expect(markup.json().error.code).toBe('VALIDATION_ERROR');

    report = now;
  });

  it('lets only the commune’s manager submit, and only with a number', async () => {
    const byEditor = await t.call(editor, { method: 'POST', url: `/api/v1/reports/${reportId}/actions`, payload: { action: 'submit', baseVersion: 2 } });
    expect(byEditor.statusCode).toBe(403);
    expect(byEditor.json().error.code).toBe('WORKFLOW_FORBIDDEN');
    const noNumber = await t.call(leader, { method: 'POST', url: `/api/v1/reports/${reportId}/actions`, payload: { action: 'submit', baseVersion: 2 } });
    expect(noNumber.statusCode).toBe(400);
    expect(noNumber.json().error.code).toBe('REPORT_INCOMPLETE');
    expect(noNumber.json().error.message).toContain('Chưa có số văn bản');
    expect((await t.call(editor, { method: 'GET', url: `/api/v1/reports/${reportId}` })).json().status).toBe('draft');

    const content = structuredClone(report.content);
    Object.assign(content.meta, { number: '41', date: { year: 2025, month: 6, day: 20 }, signer: { collective: '', authority: 'direct', headTitle: '', title: 'CHỦ TỊCH', name: 'Hồ Văn Long' }, recipients: ['Cơ quan Tổ chức - Nội vụ huyện', 'Lưu: VT, NV'] });
    // The built-in template's first figure table is "Đất đai, dân số và hộ nghèo".
    content.figures = { 'dac-diem': { ho: { 'so-lieu': 729 }, khau: { 'so-lieu': 2971 } } };
    const saved = await t.call(editor, { method: 'PUT', url: `/api/v1/reports/${reportId}`, payload: { baseVersion: 2, content } });
    expect(saved.statusCode).toBe(200);
    const submitted = await t.call(leader, { method: 'POST', url: `/api/v1/reports/${reportId}/actions`, payload: { action: 'submit', baseVersion: 3 } });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', lock: 'LOCKED_SUBMITTED', canEdit: false, numberText: 'Số: 41/BC-UBND' });
  });

  it('locks the submitted report and shows it to the district as submitted on time', async () => {
    const current = (await t.call(editor, { method: 'GET', url: `/api/v1/reports/${reportId}` })).json();
    const edit = await t.call(editor, { method: 'PUT', url: `/api/v1/reports/${reportId}`, payload: { baseVersion: current.version, content: current.content } });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error).toMatchObject({ code: 'REPORT_LOCKED', details: { reason: 'LOCKED_SUBMITTED' } });
    const request = (await t.call(district, { method: 'GET', url: `/api/v1/report-requests/${requestId}` })).json();
    expect(request.recipients.find((r: { unitCode: string }) => r.unitCode === '98.H.A')).toMatchObject({ status: 'submitted_on_time', onTime: true, reportNumber: '41' });
    expect(request.progress).toMatchObject({ expected: 2, received: 1, completeness: 50 });
    const seen = (await t.call(district, { method: 'GET', url: `/api/v1/reports/${reportId}` })).json();
    expect(seen).toMatchObject({ status: 'submitted', actions: ['return', 'accept'], canEdit: false });
  });

  it('returns with a reason (required), then the commune edits, resubmits and the district accepts', async () => {
    const silent = await t.call(district, { method: 'POST', url: `/api/v1/reports/${reportId}/actions`, payload: { action: 'return', baseVersion: 3 } });
    expect(silent.statusCode).toBe(400);
    expect(silent.json().error.code).toBe('RETURN_COMMENT_REQUIRED');
    const returned = await t.call(district, { method: 'POST', url: `/api/v1/reports/${reportId}/actions`, payload: { action: 'return', baseVersion: 3, comment: 'Bổ sung số liệu tuyên truyền năm 2022.' } });
    expect(returned.json()).toMatchObject({ status: 'returned', lock: null });

    const current = (await t.call(editor, { method: 'GET', url: `/api/v1/reports/${reportId}` })).json();
    expect(current.events.at(-1)).toMatchObject({ action: 'return', comment: 'Bổ sung số liệu tuyên truyền năm 2022.', actor: 'Lãnh đạo huyện Đông Thử' });
    const content = structuredClone(current.content);
    content.sections[0].blocks.push({ type: 'paragraph', marker: null, content: [{ type: 'text', text: 'Năm 2022 tổ chức 02 đợt tuyên truyền.' }] });
    expect((await t.call(editor, { method: 'PUT', url: `/api/v1/reports/${reportId}`, payload: { baseVersion: current.version, content } })).statusCode).toBe(200);
    // While the commune edits, the district still sees what was submitted to it.
    const districtView = (await t.call(district, { method: 'GET', url: `/api/v1/reports/${reportId}` })).json();
    expect(districtView.shownVersion).toBe(3);
    expect(JSON.stringify(districtView.content)).not.toContain('02 đợt');

    const resubmitted = await t.call(leader, { method: 'POST', url: `/api/v1/reports/${reportId}/actions`, payload: { action: 'resubmit', baseVersion: 4 } });
    expect(resubmitted.json().status).toBe('submitted');
    const accepted = await t.call(district, { method: 'POST', url: `/api/v1/reports/${reportId}/actions`, payload: { action: 'accept', baseVersion: 4 } });
    expect(accepted.json()).toMatchObject({ status: 'accepted', lock: 'LOCKED_ACCEPTED', actions: [] });
    expect(accepted.json().events.map((e: { action: string }) => e.action)).toEqual(['submit', 'return', 'resubmit', 'accept']);
    const again = await t.call(district, { method: 'POST', url: `/api/v1/reports/${reportId}/actions`, payload: { action: 'return', baseVersion: 4, comment: 'x' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('REPORT_STATUS_CONFLICT');

    // The district's audit log has the workflow steps, never the commune's saves with the draft's words.
    const audit = (await t.call(district, { method: 'GET', url: '/api/v1/audit?entity=report&pageSize=200' })).json();
    expect(audit.items.filter((i: { entityId: string }) => i.entityId === String(reportId)).map((i: { action: string }) => i.action))
      .toEqual(['report.accept', 'report.resubmit', 'report.return', 'report.submit']);
    // Named by the request it answers and by the people who acted, not "Báo cáo 5" and usernames.
    expect(audit.items.find((i: { entityId: string; action: string }) => i.entityId === String(reportId) && i.action === 'report.accept'))
      .toMatchObject({ title: 'Báo cáo công tác dân vận chính quyền 6 tháng đầu năm 2025', actorName: expect.any(String) });
    const own = (await t.call(editor, { method: 'GET', url: '/api/v1/audit?entity=report&pageSize=200' })).json();
    expect(own.items.filter((i: { entityId: string }) => i.entityId === String(reportId)).map((i: { action: string }) => i.action))
      .toEqual(expect.arrayContaining(['report.save', 'report.create']));
  });

  it('keeps every version and shows what changed', async () => {
    const versions = (await t.call(editor, { method: 'GET', url: `/api/v1/reports/${reportId}/versions` })).json();
    expect(versions.map((v: { version: number; reason: string }) => [v.version, v.reason])).toEqual([[4, 'save'], [3, 'save'], [2, 'save'], [1, 'create']]);
    const diff = (await t.call(editor, { method: 'GET', url: `/api/v1/reports/${reportId}/diff?from=2&to=3` })).json();
    expect(diff.map((c: { label: string }) => c.label)).toEqual(['Số văn bản', 'Ngày ban hành', 'Số liệu "Đất đai, dân số và hộ nghèo": Số hộ (hộ) / Số liệu', 'Số liệu "Đất đai, dân số và hộ nghèo": Số khẩu (người) / Số liệu', 'Nơi nhận']);
    expect(diff.find((c: { label: string }) => c.label === 'Số văn bản')).toMatchObject({ after: 'Số: 41/BC-UBND' });
  });

  it('exports the accepted report as a Word file the district may open', async () => {
    const res = await t.call(district, { method: 'GET', url: `/api/v1/reports/${reportId}/export?format=docx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toBe('attachment; filename="BC-41-UBND-An-Thu-2025-06-20.docx"');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    // The symbol's hyphen is Word's non-breaking one: the number never breaks at the end of a line.
    expect(xml).toContain('Số: 41/BC</w:t><w:noBreakHyphen/><w:t xml:space="preserve">UBND');
    expect(xml).toContain('Hồ Văn Long');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(texts(await zip.file('word/footnotes.xml')!.async('string')).join('\n')).toContain('Kế hoạch số 17/KH-UBND ngày 02/4/2020');
  });
});

describe('the district’s own report with the compiled annex', () => {
  it('compiles the accepted reports’ figures and prints them as an annex after the signature', async () => {
    const compiled = (await t.call(district, { method: 'GET', url: `/api/v1/report-requests/${requestId}/compiled` })).json();
    const profile = compiled.tables.find((x: { key: string }) => x.key === 'dac-diem');
    expect(profile.units).toEqual([expect.objectContaining({ unitName: 'Xã An Thử', values: { ho: { 'so-lieu': 729 }, khau: { 'so-lieu': 2971 } } })]);
    expect((await t.call(editor, { method: 'GET', url: `/api/v1/report-requests/${requestId}/compiled` })).statusCode).toBe(403);

    const created = await t.call(district, { method: 'POST', url: '/api/v1/reports', payload: { templateId: await templateId(/Dân vận khéo/) } });
    expect(created.statusCode).toBe(201);
    const own = created.json();
    expect(own.content.meta).toMatchObject({ issuingBody: 'ỦY BAN NHÂN DÂN HUYỆN ĐÔNG THỬ', parentBody: 'UBND TỈNH BẮC THỬ' });
    expect(own.annexChoices.map((c: { id: number }) => c.id)).toContain(requestId);
    const foreign = await t.call(district, { method: 'PUT', url: `/api/v1/reports/${own.id}`, payload: { baseVersion: 1, content: own.content, annexRequestId: 999_999 } });
    expect(foreign.json().error.code).toBe('ANNEX_REQUEST_INVALID');
    const saved = await t.call(district, { method: 'PUT', url: `/api/v1/reports/${own.id}`, payload: { baseVersion: 1, content: own.content, annexRequestId: requestId } });
    expect(saved.json()).toMatchObject({ version: 2, annexRequestId: requestId });

    const res = await t.call(district, { method: 'GET', url: `/api/v1/reports/${own.id}/export?format=docx` });
    const xml = await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')!.async('string');
    const annex = xml.slice(xml.indexOf('>PHỤ LỤC'));
    for (const text of ['Xã An Thử', 'Số hộ (hộ)', '729', 'Số khẩu (người)', '2.971', 'Tổng cộng', 'DỰ THẢO']) expect(xml).toContain(text);
    expect(annex).toContain('Tổng cộng');
  });
});

describe('saving', () => {
  it('keeps a save that changes only formatting, a table’s heading rows, a title, the order or an empty section', async () => {
    const draft = (await t.call(neighbour, { method: 'POST', url: '/api/v1/reports', payload: { templateId: await templateId(/Dân vận khéo/) } })).json();
    const base = structuredClone(draft.content) as unknown as {
      sections: { key: string; title: string; blocks: { type: string; content?: { type: string; text?: string; marks?: string[] }[] }[]; children: unknown[] }[];
    };
    base.sections[0]!.blocks = [{ type: 'paragraph', content: [{ type: 'text', text: 'Toàn xã có 512 hộ.' }] }];
    const first = base.sections[0]!;
    const saves: [string, (c: typeof base) => void][] = [
      ['bold', (c) => { c.sections[0]!.blocks[0]!.content![0]!.marks = ['bold']; }],
      ['italic and underline', (c) => { c.sections[0]!.blocks[0]!.content![0]!.marks = ['italic', 'underline']; }],
      ['a table with a heading row', (c) => { c.sections[0]!.blocks.push({ type: 'table', headerRows: 1, rows: [[{ content: [{ type: 'text', text: 'Thôn' }] }], [{ content: [{ type: 'text', text: 'Thôn 1' }] }]] } as never); }],
      ['no heading row', (c) => { (c.sections[0]!.blocks.at(-1) as unknown as { headerRows: number }).headerRows = 0; }],
      ['a section title', (c) => { c.sections[0]!.title = `${first.title} CỦA XÃ`; }],
      ['the order of sections', (c) => { c.sections.reverse(); }],
      ['an empty section', (c) => { c.sections.push({ ...structuredClone(first), key: 'muc-moi', title: 'MỤC MỚI', blocks: [], children: [], figureTables: [] } as never); }],
    ];
    let version = draft.version;
    let content = base;
    for (const [what, change] of saves) {
      content = structuredClone(content);
      change(content);
      const res = await t.call(neighbour, { method: 'PUT', url: `/api/v1/reports/${draft.id}`, payload: { baseVersion: version, content } });
      expect(res.statusCode, `${what}: ${res.body.slice(0, 200)}`).toBe(200);
      expect(res.json().version, what).toBe(version + 1);
      version = res.json().version;
    }
    const stored = (await t.call(neighbour, { method: 'GET', url: `/api/v1/reports/${draft.id}` })).json();
    expect(stored.content.sections.at(-1).title).toBe('MỤC MỚI');
    expect(stored.content.sections.at(-2).key).toBe(first.key);
    expect(stored.content.sections.at(-2).blocks[0].content[0].marks).toEqual(['italic', 'underline']);
    // An older version brought back is a new version, audited as a restore.
    const older = (await t.call(neighbour, { method: 'GET', url: `/api/v1/reports/${draft.id}/versions/${draft.version}` })).json();
    const restored = await t.call(neighbour, { method: 'PUT', url: `/api/v1/reports/${draft.id}`, payload: { baseVersion: version, content: older.content, reason: 'restore' } });
    expect(restored.json().version).toBe(version + 1);
    version += 1;
    const log = (await t.call(neighbour, { method: 'GET', url: '/api/v1/audit?entity=report&pageSize=1' })).json();
    expect(log.items[0]).toMatchObject({ action: 'report.restore', entityId: String(draft.id) });
    const current = (await t.call(neighbour, { method: 'GET', url: `/api/v1/reports/${draft.id}` })).json();
    expect(current.content.sections.at(-1).title).not.toBe('MỤC MỚI');
    // The same content again is no new version.
    const again = await t.call(neighbour, { method: 'PUT', url: `/api/v1/reports/${draft.id}`, payload: { baseVersion: version, content: current.content, reason: 'autosave' } });
    expect(again.json().version).toBe(version);
  });

  it('gives a number to one report only, even when two are submitted with it at once', async () => {
    const template = await templateId(/Dân vận khéo/);
    const drafts = [];
    for (const subject of ['Báo cáo A', 'Báo cáo B']) {
      const draft = (await t.call(editor, { method: 'POST', url: '/api/v1/reports', payload: { templateId: template } })).json();
      const content = structuredClone(draft.content);
      Object.assign(content.meta, { subject, number: '77', date: { year: 2025, month: 6, day: 9 } });
      drafts.push((await t.call(editor, { method: 'PUT', url: `/api/v1/reports/${draft.id}`, payload: { baseVersion: draft.version, content } })).json());
    }
    const both = await Promise.all(drafts.map((d) => t.call(leader, { method: 'POST', url: `/api/v1/reports/${d.id}/actions`, payload: { action: 'submit', baseVersion: d.version } })));
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.statusCode === 409)!.json().error.code).toBe('REPORT_NUMBER_TAKEN');
    const statuses = await Promise.all(drafts.map(async (d) => (await t.call(editor, { method: 'GET', url: `/api/v1/reports/${d.id}` })).json().status));
    expect([...statuses].sort()).toEqual(['draft', 'submitted']);
    // Whatever writes it: the database itself refuses the second submitted report with that number.
    const draft = drafts[statuses.indexOf('draft')]!;
    const forced = await t.database.db.execute(sql`update reports set status = 'submitted' where id = ${draft.id}`).then(() => null, (e: unknown) => e);
    expect(driverErrorOf(forced)).toMatchObject({ code: '23505', constraint: 'reports_number_key' });
  });
});
