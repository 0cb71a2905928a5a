/**
 * PDF export as a user sees it once conversions go through the job queue: with one worker and room for two
 * jobs, a burst of requests gets real PDFs for two of them, one conversion at a time, and a plain 503
 * PDF_BUSY with Retry-After for the rest; the Word file stays available meanwhile, LibreOffice's own
 * failures read as before, and no job row keeps a report's text. The report is built here (twoLevelTree, no
 * demo). PGlite, or PostgreSQL with DATABASE_URL.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { queryRows } from '../core/db/connection.js';
import { AppError } from '../core/errors.js';
import { testApp, type Session, type TestApp } from '../testing/app.js';
import { twoLevelTree, type Commune } from '../testing/factories.js';
import type { PdfConverter } from '../core/jobs/kinds.js';
import { conversionFailed, docxToPdf, findSoffice } from './pdf.js';

const installed = findSoffice() !== null;

/** What the workers run, set by each test; the wrapper counts conversions running at once. */
let convert: PdfConverter = docxToPdf;
const counts = { running: 0, most: 0 };
const counted: PdfConverter = async (docx) => {
  counts.running++;
  counts.most = Math.max(counts.most, counts.running);
  try {
    return await convert(docx);
  } finally {
    counts.running--;
  }
};

let t: TestApp;
let province: Session;
let reportId: number;
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01', env: { DANVAN_PDF_WORKERS: '1', DANVAN_PDF_QUEUE: '2' }, convertPdf: counted });
  const tree = await twoLevelTree(t, ['An Thử']);
  province = tree.provinceLeader;
  reportId = await acceptedReport(tree.provinceCode, tree.communes[0]!);
});
afterAll(async () => { await t.close(); });

async function ok(session: Session, method: 'POST' | 'PUT', url: string, payload: object) {
  const res = await t.call(session, { method, url, payload });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** A report the province asked its commune for, written, submitted and accepted: what the province exports. */
async function acceptedReport(provinceCode: string, commune: Commune): Promise<number> {
  const templates = (await t.call(province, { method: 'GET', url: '/api/v1/report-templates' })).json() as { id: number; reportKind: string }[];
  const request = await ok(province, 'POST', '/api/v1/report-requests', {
    issuingUnitCode: provinceCode, subject: 'Báo cáo kết quả công tác dân vận chính quyền quý IV năm 2026', reportKind: 'quarter',
    periodStart: '2026-10-01', periodEnd: '2026-12-31', cutoffDate: '2026-12-14', requestDate: '2026-12-01', deadline: '2026-12-19',
    templateId: templates.find((x) => x.reportKind === 'quarter')!.id, recipientCodes: [commune.code],
  });
  const draft = await ok(commune.editor, 'POST', '/api/v1/reports', { requestId: request.id });
  Object.assign(draft.content.meta, { number: '45', date: { year: 2026, month: 12, day: 15 }, signer: { collective: '', authority: 'direct', headTitle: '', title: 'CHỦ TỊCH', name: 'Nguyễn Văn A' } });
  const saved = await ok(commune.editor, 'PUT', `/api/v1/reports/${draft.id}`, { baseVersion: draft.version, content: draft.content });
  await ok(commune.leader, 'POST', `/api/v1/reports/${draft.id}/actions`, { action: 'submit', baseVersion: saved.version });
  const accepted = await ok(province, 'POST', `/api/v1/reports/${draft.id}/actions`, { action: 'accept', baseVersion: saved.version });
  if (accepted.status !== 'accepted') throw new Error(`report ${draft.id} is ${accepted.status}`);
  return draft.id as number;
}

const exportAs = (format: 'docx' | 'pdf') => t.call(province, { method: 'GET', url: `/api/v1/reports/${reportId}/export?format=${format}` });
const jobRows = async () => (await queryRows<{ n: number }>(t.database.db,
  sql`select (select count(*) from pgboss.job)::int + (select count(*) from pgboss.archive)::int as n`))[0]!.n;

/**
 * Four PDF requests at once while conversions are held: the two beyond the queue's room are answered
 * first; then the held ones are let through.
 */
async function burst(through: PdfConverter) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => { release = resolve; });
  convert = async (docx) => { await held; return through(docx); };
  counts.most = 0;
  const answered: LightMyRequestResponse[] = [];
  const all = Promise.all([1, 2, 3, 4].map(() => exportAs('pdf').then((res) => { answered.push(res); return res; })));
  await vi.waitFor(() => expect(answered).toHaveLength(2), { timeout: 30_000, interval: 100 });
  const busy = [...answered];
  const word = await exportAs('docx');
  release();
  const done = (await all).filter((res) => !busy.includes(res));
  return { busy, done, word };
}

function expectBusy(responses: LightMyRequestResponse[]) {
  for (const res of responses) {
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json().error).toMatchObject({
      code: 'PDF_BUSY', message: 'Máy chủ đang tạo nhiều bản PDF cùng lúc. Hãy thử lại sau ít giây, hoặc tải bản Word (.docx).',
    });
  }
}

describe('PDF export through the job queue (one worker, room for two jobs)', () => {
  it.runIf(installed)('makes real PDFs one at a time and tells the requests beyond the room to come back', async () => {
    const { busy, done, word } = await burst(docxToPdf);
    expectBusy(busy);
    expect(word.statusCode).toBe(200);
    expect(done).toHaveLength(2);
    for (const res of done) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".+\.pdf"$/);
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect(counts.most).toBe(1);
    expect(await jobRows()).toBe(0);
  }, 120_000);

  it('bounds the conversions the same way with a stand-in for LibreOffice (runs where it is not installed)', async () => {
    const { busy, done } = await burst(async () => Buffer.from('%PDF-1.7 stand-in'));
    expectBusy(busy);
    expect(done.map((res) => [res.statusCode, res.rawPayload.toString()])).toEqual([[200, '%PDF-1.7 stand-in'], [200, '%PDF-1.7 stand-in']]);
    expect(counts.most).toBe(1);
    expect(await jobRows()).toBe(0);
  });

  it('passes on LibreOffice’s own failures as before, and hides an unexpected one behind a plain message', async () => {
    const failures: [Error, string, string][] = [
      [conversionFailed('fake soffice'), 'PDF_CONVERSION_FAILED', 'Không chuyển được báo cáo sang PDF (fake soffice). Hãy tải bản Word (.docx) rồi in hoặc lưu thành PDF từ Word.'],
      [new AppError('unavailable', 'PDF_UNAVAILABLE', 'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF.'), 'PDF_UNAVAILABLE', 'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF.'],
      [new TypeError('Cannot read properties of undefined'), 'PDF_CONVERSION_FAILED', 'Không chuyển được báo cáo sang PDF (lỗi hệ thống khi tạo PDF). Hãy tải bản Word (.docx) rồi in hoặc lưu thành PDF từ Word.'],
    ];
    for (const [error, code, message] of failures) {
      convert = async () => { throw error; };
      const res = await exportAs('pdf');
      expect(res.statusCode).toBe(503);
      expect(res.headers['retry-after']).toBeUndefined();
      expect(res.json().error).toMatchObject({ code, message });
    }
    expect(await jobRows()).toBe(0);
  });
});
