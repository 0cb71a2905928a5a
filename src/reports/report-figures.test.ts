/**
 * A report writes its own figures: the quarterly outline's citizen-reception and petition table is filled
 * from the registries for the commune and the request's quarter, follows the registries while it is a
 * draft, takes a replaced figure only with a reason (audited with the value the registries gave), and is
 * frozen at submission: the province reads and prints what was submitted, told when the registries differ.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../testing/app.js';
import { twoLevelTree, type Commune, type TwoLevelTree } from '../testing/factories.js';

let t: TestApp;
let tree: TwoLevelTree;
let commune: Commune;
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  tree = await twoLevelTree(t, ['Sơn Hà']);
  commune = tree.communes[0]!;
});
afterAll(async () => { await t.close(); });

async function ok(session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  const res = await t.call(session, { method, url, ...(payload ? { payload } : {}) });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}
const letter = (payload: object) => ok(commune.editor, 'POST', '/api/v1/registries/petitions/letters', { unitCode: commune.code, channel: 'in_person', ...payload });
async function close(caseId: number, closedOn: string) {
  const c = await ok(commune.editor, 'GET', `/api/v1/registries/petitions/cases/${caseId}`);
  return ok(commune.editor, 'PUT', `/api/v1/registries/petitions/cases/${caseId}`, { version: c.version, title: c.title, kind: c.kind, competence: c.competence, closedOn });
}
type Cell = { table: string; row: string; column: string; value: number | null; source: string; computed: number | null; changed: boolean; reason: string | null };
const cell = (report: { figureCells: Cell[] }, row: string) => report.figureCells.find((c) => c.table === 'tiep-dan-quy' && c.row === row && c.column === 'quy')!;
const values = (report: { figureCells: Cell[] }) => Object.fromEntries(['dinh-ky', 'don', 'vu', 'da-giai-quyet', 'ty-le'].map((r) => [r, cell(report, r).value]));

describe('a report that writes its own figures', () => {
  let reportId: number;
  let cases: { a: number; b: number };

  it('fills the quarter’s table from the registries: 3 đơn / 2 vụ, then follows a case closed', async () => {
    const first = await letter({ receivedOn: '2026-07-10', kind: 'recommendation', summary: 'Phản ánh đường bê tông thôn 2 bị sụt lún' });
    await letter({ receivedOn: '2026-07-24', kind: 'recommendation', summary: 'Đường bê tông thôn 2 sụt lún thêm', caseId: first.caseId });
    const land = await letter({ receivedOn: '2026-08-05', kind: 'land_dispute', summary: 'Tranh chấp ranh giới đất vườn' });
    // Outside the quarter: not counted.
    await letter({ receivedOn: '2026-10-02', kind: 'recommendation', summary: 'Phản ánh đèn đường' });
    await ok(commune.editor, 'POST', '/api/v1/registries/receptions', { unitCode: commune.code, heldOn: '2026-08-13', kind: 'periodic', citizens: 4 });
    cases = { a: first.caseId, b: land.caseId };
    await ok(commune.editor, 'POST', '/api/v1/registries/outreach', { unitCode: commune.code, heldOn: '2026-08-20', topic: 'Phổ biến Luật Đất đai 2024', form: 'conference', participants: 45 });
    await ok(commune.editor, 'POST', '/api/v1/documents', { numberText: '25/KH-UBND', kind: 'Kế hoạch', issuedOn: '2026-07-06', issuer: 'UBND xã Sơn Hà', summary: 'thực hiện công tác dân vận chính quyền quý III năm 2026' });

    const templates = await ok(tree.provinceLeader, 'GET', '/api/v1/report-templates') as { id: number; reportKind: string }[];
    const request = await ok(tree.provinceLeader, 'POST', '/api/v1/report-requests', {
      issuingUnitCode: tree.provinceCode, subject: 'Báo cáo công tác dân vận chính quyền quý III năm 2026', reportKind: 'quarter',
      periodStart: '2026-07-01', periodEnd: '2026-09-30', cutoffDate: '2026-09-14', requestDate: '2026-09-20', deadline: '2026-12-20',
      templateId: templates.find((x) => x.reportKind === 'quarter')!.id, recipientCodes: [commune.code],
      basisDocument: { numberText: '77/UBND-NV', kind: 'Công văn', issuedOn: '2026-09-20', issuer: 'UBND tỉnh Thử Nghiệm', summary: 'báo cáo quý III năm 2026' },
    });
    const draft = await ok(commune.editor, 'POST', '/api/v1/reports', { requestId: request.id });
    reportId = draft.id;
    expect(draft.figurePeriod).toEqual({ spec: '2026Q3', label: 'quý III năm 2026' });
    expect(values(draft)).toEqual({ 'dinh-ky': 1, don: 3, vu: 2, 'da-giai-quyet': 0, 'ty-le': 0 });
    expect(cell(draft, 'don')).toMatchObject({ source: 'computed', changed: false, reason: null });
    // The sections the outline marks start with a sentence from the same figures, and the quarter's documents in a footnote.
    const opening = (key: string) => draft.content.sections[0].children.find((c: { key: string }) => c.key === key).blocks[0].content;
    expect(opening('tuyen-truyen')).toEqual([{ type: 'text', text: 'Trong quý III, UBND xã tổ chức 01 cuộc tuyên truyền, phổ biến với 45 lượt người tham dự.' }]);
    expect(opening('tiep-dan')[0].text).toBe('Trong quý III, UBND xã tiếp công dân định kỳ 01 lượt, đột xuất 00 lượt; tiếp nhận 03 đơn với 02 vụ việc, đã giải quyết 00 vụ việc, đạt tỷ lệ 0%.');
    expect(opening('lanh-dao')).toEqual([
      { type: 'text', text: 'Trong quý III, UBND xã đã ban hành các văn bản lãnh đạo, chỉ đạo, triển khai thực hiện công tác dân vận chính quyền' },
      { type: 'footnote', content: [{ type: 'text', text: 'Kế hoạch số 25/KH-UBND ngày 6/7/2026 của UBND xã Sơn Hà về thực hiện công tác dân vận chính quyền quý III năm 2026.' }] },
      { type: 'text', text: '.' },
    ]);

    // A sentence that says otherwise than the table is pointed out, not changed.
    const content = structuredClone(draft.content);
    const section = (function find(list: { key: string; blocks: unknown[]; children: unknown[] }[]): { blocks: unknown[] } | undefined {
      for (const s of list) { if (s.key === 'tiep-dan') return s; const f = find(s.children as never); if (f) return f; }
      return undefined;
    })(content.sections)!;
    section.blocks = [{ type: 'paragraph', content: [{ type: 'text', text: 'Trong quý, UBND xã tiếp nhận 04 đơn/02 vụ.' }] }];
    const written = await ok(commune.editor, 'PUT', `/api/v1/reports/${reportId}`, { baseVersion: draft.version, content });
    expect(written.figureWarnings).toEqual([{ section: 'tiep-dan', message: 'Mục 6. Công tác tiếp dân, giải quyết đơn thư khiếu nại, tố cáo: đoạn văn ghi "04 đơn", bảng số liệu ghi Đơn tiếp nhận (đơn): 3.' }]);

    await close(cases.a, '2026-08-01');
    expect(values(await ok(commune.editor, 'GET', `/api/v1/reports/${reportId}`))).toMatchObject({ 'da-giai-quyet': 1, 'ty-le': 50 });
  });

  it('takes a replaced figure only with its reason, audited with the value the registries gave', async () => {
    const report = await ok(commune.editor, 'GET', `/api/v1/reports/${reportId}`);
    const content = structuredClone(report.content);
    content.figures['tiep-dan-quy'] = { 'dinh-ky': { quy: 2 } };
    const refused = await t.call(commune.editor, { method: 'PUT', url: `/api/v1/reports/${reportId}`, payload: { baseVersion: report.version, content } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'FIGURE_OVERRIDE_REASON_MISSING',
      message: 'Số liệu "Tiếp công dân và xử lý đơn thư trong quý": Tiếp công dân định kỳ (lượt) / Trong quý được tính từ sổ theo dõi: muốn sửa phải ghi lý do.',
      details: [{ field: 'content.figureOverrides.tiep-dan-quy.dinh-ky.quy' }],
    });
    expect((await ok(commune.editor, 'GET', `/api/v1/reports/${reportId}`)).version).toBe(report.version);

    // Five resolved out of two cases is refused, whatever the reason.
    const impossible = structuredClone(content);
    impossible.figures['tiep-dan-quy'] = { 'da-giai-quyet': { quy: 5 } };
    impossible.figureOverrides = { 'tiep-dan-quy': { 'da-giai-quyet': { quy: 'Gõ thử' } } };
    const broken = await t.call(commune.editor, { method: 'PUT', url: `/api/v1/reports/${reportId}`, payload: { baseVersion: report.version, content: impossible } });
    expect(broken.json().error).toMatchObject({
      code: 'FIGURE_RULE_BROKEN', message: 'Số vụ việc đã giải quyết không được lớn hơn tổng số vụ việc. (5 so với 2)',
      details: [{ field: 'content.figures.tiep-dan-quy.da-giai-quyet.quy' }],
    });

    content.figureOverrides = { 'tiep-dan-quy': { 'dinh-ky': { quy: 'Buổi tiếp ngày 27/8 chưa ghi sổ' } } };
    const saved = await ok(commune.editor, 'PUT', `/api/v1/reports/${reportId}`, { baseVersion: report.version, content });
    expect(cell(saved, 'dinh-ky')).toMatchObject({ value: 2, source: 'override', computed: 1, reason: 'Buổi tiếp ngày 27/8 chưa ghi sổ', changed: true });
    const audit = await ok(tree.admin, 'GET', '/api/v1/audit?pageSize=50');
    expect(audit.items.find((e: { action: string }) => e.action === 'report.figure_override')).toMatchObject({
      before: { indicator: 'reception.sessions', period: '2026Q3', computed: 1 }, after: { value: 2, reason: 'Buổi tiếp ngày 27/8 chưa ghi sổ' },
    });
  });

  it('freezes the figures at submission: the province reads and prints what was submitted, told the registries changed', async () => {
    const report = await ok(commune.editor, 'GET', `/api/v1/reports/${reportId}`);
    const content = structuredClone(report.content);
    Object.assign(content.meta, { number: '57', date: { year: 2026, month: 10, day: 5 }, recipients: ['UBND tỉnh', 'Lưu: VT'],
      signer: { collective: 'ỦY BAN NHÂN DÂN', authority: 'direct', headTitle: '', title: 'CHỦ TỊCH', name: 'Đinh Văn Sơn' } });
    const saved = await ok(commune.editor, 'PUT', `/api/v1/reports/${reportId}`, { baseVersion: report.version, content });
    await ok(commune.leader, 'POST', `/api/v1/reports/${reportId}/actions`, { action: 'submit', baseVersion: saved.version });

    // After the submission the clerk records that the land dispute was mediated in September.
    await close(cases.b, '2026-09-25');
    const read = await ok(tree.provinceLeader, 'GET', `/api/v1/reports/${reportId}`);
    expect(cell(read, 'da-giai-quyet')).toMatchObject({ value: 1, source: 'submitted', computed: 2, changed: true });
    expect(cell(read, 'ty-le')).toMatchObject({ value: 50, computed: 100 });
    expect(cell(read, 'dinh-ky')).toMatchObject({ value: 2, source: 'override' });

    const docx = await t.call(tree.provinceLeader, { method: 'GET', url: `/api/v1/reports/${reportId}/export?format=docx` });
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    const table = xml.slice(xml.indexOf('Tiếp công dân và xử lý đơn thư trong quý'));
    for (const text of ['Đơn tiếp nhận (đơn)', '>3<', 'Tỷ lệ giải quyết (%)', '>50<']) expect(table).toContain(text);
    expect(table).not.toContain('>100<');
  });
});
