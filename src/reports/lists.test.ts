/**
 * The report and request lists as a province and its communes use them (today 01/12/2026, no demo): search
 * without diacritics, filters by unit, kind, year, status and deadline, pages with their total, each within
 * the caller's reach; the request page's received and accepted dates, and its recipient table as .xlsx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { testApp, type Session, type TestApp } from '../testing/app.js';
import { twoLevelTree, type Commune, type TwoLevelTree } from '../testing/factories.js';
import type { ReportPage, RequestOut, RequestPage } from './schema.js';

let t: TestApp;
let tree: TwoLevelTree;
let sonHa: Commune, traTay: Commune, ducLan: Commune;
/** Quarter IV of 2026 to all three (due 19/12); the 2025 year report to Sơn Hà (overdue); Trà Tây's review (due 03/12); one withdrawn. */
let quarter: number, year: number, review: number, withdrawn: number;
let sonHaQuarter: number, sonHaYear: number, traTayDraft: number, ducLanDraft: number;

async function ok<T = Record<string, unknown>>(session: Session, method: 'POST' | 'PUT', url: string, payload: object): Promise<T> {
  const res = await t.call(session, { method, url, payload });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

async function send(subject: string, reportKind: string, period: [string, string], requestDate: string, deadline: string, recipients: Commune[], basisDocument?: object): Promise<number> {
  const templates = (await t.call(tree.provinceLeader, { method: 'GET', url: '/api/v1/report-templates' })).json<{ id: number; reportKind: string }[]>();
  const templateId = (templates.find((x) => x.reportKind === reportKind) ?? templates[0]!).id;
  const sent = await ok<{ id: number }>(tree.provinceLeader, 'POST', '/api/v1/report-requests', {
    issuingUnitCode: tree.provinceCode, subject, reportKind, periodStart: period[0], periodEnd: period[1], cutoffDate: period[0],
    requestDate, deadline, templateId, recipientCodes: recipients.map((c) => c.code), ...(basisDocument ? { basisDocument } : {}),
  });
  return sent.id;
}

/** The commune writes its report for the request, numbers, dates and signs it; its chairman submits it. */
async function answer(commune: Commune, requestId: number, number: string, { submit = true } = {}): Promise<number> {
  const draft = await ok<{ id: number; version: number; content: { meta: Record<string, unknown> } }>(commune.editor, 'POST', '/api/v1/reports', { requestId });
  const content = structuredClone(draft.content);
  Object.assign(content.meta, { number, date: { year: 2026, month: 12, day: 1 }, signer: { collective: '', authority: 'direct', headTitle: '', title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' } });
  const saved = await ok<{ version: number }>(commune.editor, 'PUT', `/api/v1/reports/${draft.id}`, { baseVersion: draft.version, content });
  if (submit) await ok(commune.leader, 'POST', `/api/v1/reports/${draft.id}/actions`, { action: 'submit', baseVersion: saved.version });
  return draft.id;
}

beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  tree = await twoLevelTree(t, ['Sơn Hà', 'Trà Tây', 'Đức Lân']);
  [sonHa, traTay, ducLan] = tree.communes as [Commune, Commune, Commune];
  quarter = await send('Báo cáo công tác dân vận chính quyền quý IV năm 2026', 'quarter', ['2026-10-01', '2026-12-31'], '2026-11-28', '2026-12-19', [sonHa, traTay, ducLan]);
  year = await send('Báo cáo tổng kết công tác dân vận chính quyền năm 2025', 'year', ['2025-01-01', '2025-12-31'], '2026-11-20', '2026-11-25', [sonHa]);
  review = await send('Báo cáo sơ kết mô hình "Dân vận khéo"', 'review', ['2026-01-01', '2026-11-30'], '2026-11-29', '2026-12-03', [traTay],
    { numberText: '1444/UBND-NV', kind: 'Công văn', issuedOn: '2026-11-28', issuer: 'UBND tỉnh Thử Nghiệm', summary: 'sơ kết mô hình Dân vận khéo' });
  withdrawn = await send('Báo cáo chuyên đề tiếp công dân', 'thematic', ['2026-01-01', '2026-11-30'], '2026-11-29', '2026-12-30', [traTay]);
  await ok(tree.provinceLeader, 'POST', `/api/v1/report-requests/${withdrawn}/withdraw`, { reason: 'Gửi nhầm', version: 1 });

  sonHaQuarter = await answer(sonHa, quarter, '45');
  const submitted = (await t.call(tree.provinceLeader, { method: 'GET', url: `/api/v1/reports/${sonHaQuarter}` })).json<{ version: number }>();
  await ok(tree.provinceLeader, 'POST', `/api/v1/reports/${sonHaQuarter}/actions`, { action: 'accept', baseVersion: submitted.version });
  sonHaYear = await answer(sonHa, year, '46');
  traTayDraft = await answer(traTay, quarter, '12', { submit: false });
  // A report from an outline alone, not for a request: its year is its date's.
  const templates = (await t.call(ducLan.editor, { method: 'GET', url: '/api/v1/report-templates' })).json<{ id: number }[]>();
  ducLanDraft = (await ok<{ id: number }>(ducLan.editor, 'POST', '/api/v1/reports', { templateId: templates[0]!.id })).id;
});
afterAll(async () => { await t.close(); });

const reports = async (s: Session, query = '') => {
  const res = await t.call(s, { method: 'GET', url: `/api/v1/reports${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ReportPage>();
};
const requests = async (s: Session, query = '') => {
  const res = await t.call(s, { method: 'GET', url: `/api/v1/report-requests${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<RequestPage>();
};
const ids = (page: { items: { id: number }[] }) => page.items.map((r) => r.id).sort((a, b) => a - b);

describe('the report list', () => {
  it('shows the province what was submitted to it, never a commune’s draft; a commune its own', async () => {
    const seen = await reports(tree.provinceLeader);
    expect(seen).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(ids(seen)).toEqual([sonHaQuarter, sonHaYear]);
    expect(seen.items.find((r) => r.id === sonHaQuarter)).toMatchObject({ unitName: 'Xã Sơn Hà', status: 'accepted', deadline: '2026-12-19', numberText: expect.stringContaining('45/') });
    expect(ids(await reports(traTay.editor))).toEqual([traTayDraft]);
    expect(ids(await reports(ducLan.editor))).toEqual([ducLanDraft]);
    // Each report is named by its own unit (as it was called when the report was written).
    const all = await reports(tree.admin);
    expect(Object.fromEntries(all.items.map((r) => [r.id, r.unitName]))).toEqual({
      [sonHaQuarter]: 'Xã Sơn Hà', [sonHaYear]: 'Xã Sơn Hà', [traTayDraft]: 'Xã Trà Tây', [ducLanDraft]: 'Xã Đức Lân',
    });
    expect(ids(await reports(tree.admin, '?q=duc%20lan'))).toEqual([ducLanDraft]);
    // Another commune's reports are not reached through a filter either.
    expect((await reports(traTay.editor, `?unitCode=${sonHa.code}`)).total).toBe(0);
  });

  it('finds reports by subject, number and unit typed without diacritics', async () => {
    expect(ids(await reports(tree.provinceLeader, '?q=son%20ha'))).toEqual([sonHaQuarter, sonHaYear]);
    expect(ids(await reports(tree.provinceLeader, `?q=${encodeURIComponent('dan van chinh quyen nam 2025')}`))).toEqual([sonHaYear]);
    expect(ids(await reports(tree.provinceLeader, `?q=${encodeURIComponent('QUÝ IV')}`))).toEqual([sonHaQuarter]);
    const numbered = await reports(tree.provinceLeader, `?q=${encodeURIComponent('46/')}`);
    expect(ids(numbered)).toEqual([sonHaYear]);
    // What is typed is text, not a pattern: "%" finds nothing here rather than everything.
    expect((await reports(tree.provinceLeader, '?q=%25')).total).toBe(0);
    // A draft stays out of a search that would match it.
    expect((await reports(tree.provinceLeader, '?q=tra%20tay')).total).toBe(0);
    expect(ids(await reports(traTay.editor, '?q=tra%20tay'))).toEqual([traTayDraft]);
  });

  it('filters by status, unit, kind of period and year', async () => {
    expect(ids(await reports(tree.provinceLeader, '?status=accepted'))).toEqual([sonHaQuarter]);
    expect(ids(await reports(tree.provinceLeader, '?status=submitted'))).toEqual([sonHaYear]);
    expect(ids(await reports(tree.provinceLeader, `?unitCode=${sonHa.code}&kind=year`))).toEqual([sonHaYear]);
    expect(ids(await reports(tree.provinceLeader, '?year=2025'))).toEqual([sonHaYear]);
    expect(ids(await reports(tree.provinceLeader, '?year=2026'))).toEqual([sonHaQuarter]);
    expect(ids(await reports(ducLan.editor, '?year=2026'))).toEqual([ducLanDraft]);
    expect((await reports(ducLan.editor, '?year=2025')).total).toBe(0);
    expect(ids(await reports(tree.provinceLeader, `?requestId=${quarter}`))).toEqual([sonHaQuarter]);
  });

  it('pages with the total, and a page past the end is empty with the same total', async () => {
    const first = await reports(tree.provinceLeader, '?pageSize=1');
    const second = await reports(tree.provinceLeader, '?pageSize=1&page=2');
    expect([first.total, second.total]).toEqual([2, 2]);
    expect([...first.items, ...second.items].map((r) => r.id).sort((a, b) => a - b)).toEqual([sonHaQuarter, sonHaYear]);
    expect(await reports(tree.provinceLeader, '?pageSize=1&page=3')).toMatchObject({ total: 2, page: 3, items: [] });
  });

  it('refuses a query it cannot read, naming what is wrong', async () => {
    expect((await t.call(tree.provinceLeader, { method: 'GET', url: '/api/v1/reports?pageSize=1000' })).statusCode).toBe(400);
    const badYear = await t.call(tree.provinceLeader, { method: 'GET', url: '/api/v1/reports?year=abc' });
    expect(badYear.statusCode).toBe(400);
    expect(badYear.body).toContain('Năm');
  });
});

describe('the request list', () => {
  it('shows the province what it sent, and a commune what it has to answer', async () => {
    const sent = await requests(tree.provinceLeader, '?direction=sent');
    expect(sent.total).toBe(4);
    expect(ids(sent)).toEqual([quarter, year, review, withdrawn].sort((a, b) => a - b));
    expect((await requests(tree.provinceLeader, '?direction=received')).total).toBe(0);
    expect(ids(await requests(sonHa.editor, '?direction=received'))).toEqual([quarter, year]);
    expect(ids(await requests(traTay.editor))).toEqual([quarter, review, withdrawn]);
    expect((await requests(sonHa.editor, '?direction=sent')).total).toBe(0);
  });

  it('searches subject, sender and basis document number without diacritics, and filters by unit, kind and year', async () => {
    expect(ids(await requests(tree.provinceLeader, `?q=${encodeURIComponent('dan van kheo')}`))).toEqual([review]);
    expect(ids(await requests(tree.provinceLeader, `?q=${encodeURIComponent('1444/ubnd')}`))).toEqual([review]);
    expect((await requests(sonHa.editor, `?q=${encodeURIComponent('tinh thu nghiem')}`)).total).toBe(2);
    expect(ids(await requests(tree.provinceLeader, `?unitCode=${traTay.code}`))).toEqual([quarter, review, withdrawn]);
    expect(ids(await requests(tree.provinceLeader, '?kind=quarter'))).toEqual([quarter]);
    expect(ids(await requests(tree.provinceLeader, '?year=2025'))).toEqual([year]);
  });

  it('filters by state: for the sender every recipient counts, for a commune its own report', async () => {
    expect(ids(await requests(tree.provinceLeader, '?status=withdrawn'))).toEqual([withdrawn]);
    expect(ids(await requests(tree.provinceLeader, '?status=complete'))).toEqual([year]);
    expect(ids(await requests(tree.provinceLeader, '?status=open'))).toEqual([quarter, review]);
    expect(ids(await requests(sonHa.editor, '?status=complete'))).toEqual([quarter, year]);
    expect((await requests(sonHa.editor, '?status=open')).total).toBe(0);
    expect(ids(await requests(traTay.editor, '?status=open'))).toEqual([quarter, review]);
  });

  it('filters by deadline: overdue, due within three days, later', async () => {
    expect(ids(await requests(tree.provinceLeader, '?deadline=overdue'))).toEqual([year]);
    expect(ids(await requests(tree.provinceLeader, '?deadline=soon'))).toEqual([review]);
    expect(ids(await requests(tree.provinceLeader, '?deadline=later'))).toEqual([quarter, withdrawn]);
  });

  it('pages with the total, newest deadline first', async () => {
    const first = await requests(tree.provinceLeader, '?pageSize=3');
    expect(first).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(first.items.map((r) => r.deadline)).toEqual(['2026-12-30', '2026-12-19', '2026-12-03']);
    const last = await requests(tree.provinceLeader, '?pageSize=3&page=2');
    expect(last).toMatchObject({ total: 4, items: [{ id: year, progress: { expected: 1, received: 1 } }] });
    expect(await requests(tree.provinceLeader, '?pageSize=3&page=5')).toMatchObject({ total: 4, items: [] });
    expect((await t.call(tree.provinceLeader, { method: 'GET', url: '/api/v1/report-requests?deadline=tomorrow' })).statusCode).toBe(400);
  });
});

describe('the request page', () => {
  // The clock stands at noon of 01/12/2026 in Vietnam: every step happened that day.
  const today = '2026-12-01';

  it('shows each recipient’s received and accepted dates', async () => {
    const page = (await t.call(tree.provinceLeader, { method: 'GET', url: `/api/v1/report-requests/${quarter}` })).json<RequestOut>();
    const rows = page.recipients.map((r) => [r.unitName, r.status, r.firstSubmittedAt?.slice(0, 10) ?? null, r.acceptedAt?.slice(0, 10) ?? null]);
    expect(rows).toEqual([
      ['Xã Sơn Hà', 'accepted', '2026-12-01', '2026-12-01'],
      ['Xã Trà Tây', 'drafting', null, null],
      ['Xã Đức Lân', 'not_started', null, null],
    ]);
    const yearPage = (await t.call(tree.provinceLeader, { method: 'GET', url: `/api/v1/report-requests/${year}` })).json<RequestOut>();
    expect(yearPage.recipients[0]).toMatchObject({ status: 'submitted_late', acceptedAt: null, firstSubmittedAt: expect.any(String) });
  });

  it('exports its recipient table as .xlsx with Vietnamese headers and real date cells', async () => {
    const res = await t.call(tree.provinceLeader, { method: 'GET', url: `/api/v1/report-requests/${quarter}/recipients.xlsx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`tinh-hinh-nop-bao-cao-yeu-cau-${quarter}-${today}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'STT', 'Đơn vị', 'Tình trạng', 'Ngày nhận báo cáo', 'Ngày tiếp nhận', 'Số báo cáo']);
    const sonHaRow = sheet.getRow(2);
    expect([sonHaRow.getCell(1).value, sonHaRow.getCell(2).value, sonHaRow.getCell(3).value, sonHaRow.getCell(6).value]).toEqual([1, 'Xã Sơn Hà', 'Đã tiếp nhận', '45']);
    for (const column of [4, 5]) {
      const cell = sonHaRow.getCell(column);
      expect(cell.value).toEqual(new Date(`${today}T00:00:00Z`));
      expect(cell.numFmt).toBe('dd/mm/yyyy');
    }
    expect([sheet.getRow(3).getCell(2).value, sheet.getRow(3).getCell(4).value]).toEqual(['Xã Trà Tây', null]);
    expect(sheet.actualRowCount).toBe(4);
  });

  it('gives a commune its own row only, and nobody outside the request anything', async () => {
    const res = await t.call(traTay.editor, { method: 'GET', url: `/api/v1/report-requests/${quarter}/recipients.xlsx` });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(book.worksheets[0]!.actualRowCount).toBe(2);
    expect(book.worksheets[0]!.getRow(2).getCell(2).value).toBe('Xã Trà Tây');
    expect((await t.call(sonHa.editor, { method: 'GET', url: `/api/v1/report-requests/${review}/recipients.xlsx` })).statusCode).toBe(404);
  });
});
