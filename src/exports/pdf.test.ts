/** PDF through LibreOffice where it is installed; plain errors where it is not, or where it fails. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from './docx/index.js';
import { thapMuoiDraft, traTay } from './fixture.js';
import { docxToPdf, findSoffice, pdfFontProblem } from './pdf.js';

const installed = findSoffice() !== null;
const saved = { soffice: process.env.DANVAN_SOFFICE, path: process.env.PATH };
afterEach(() => {
  if (saved.soffice === undefined) delete process.env.DANVAN_SOFFICE;
  else process.env.DANVAN_SOFFICE = saved.soffice;
  process.env.PATH = saved.path;
});

let dir: string;
let docx: Buffer;
/** A stand-in for soffice: a shell script that exits with `code` and writes nothing. */
const fakeSoffice = (name: string, code: number, mode = 0o755) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `#!/bin/sh\necho "fake soffice" >&2\nexit ${code}\n`, { mode });
  return file;
};
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-pdf-test-'));
  docx = await renderDocx(traTay);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const pageText = (pdf: Buffer, name: string, first: number, last = first) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-f', String(first), '-l', String(last), '-layout', file, '-'], { encoding: 'utf8' });
};

describe('docxToPdf', () => {
  it.runIf(installed)('sets the whole PDF in one family, Liberation Serif with its Vietnamese letters (no "lệch font")', async () => {
    expect(pdfFontProblem()).toBeNull();
    const file = path.join(dir, 'fonts.pdf');
    fs.writeFileSync(file, await docxToPdf(docx));
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.length).toBeGreaterThan(0);
    expect(new Set(fonts.map((f) => f.replace(/-(Bold|Italic|BoldItalic)$/, '')))).toEqual(new Set(['LiberationSerif']));
    expect(pageText(await docxToPdf(docx), 'vi.pdf', 1)).toContain('ỦY BAN NHÂN DÂN');
  });

  it.runIf(installed)('converts two reports at once; page 1 carries the header and the title', async () => {
    const [pdf, draft] = await Promise.all([docxToPdf(docx), docxToPdf(await renderDocx(thapMuoiDraft))]);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(draft.subarray(0, 5).toString()).toBe('%PDF-');
    const page1 = pageText(pdf, 'a.pdf', 1);
    for (const text of ['Số: 39/BC-UBND', 'BÁO CÁO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Trà Tây, ngày 14 tháng 6 năm 2023']) expect(page1).toContain(text);
    const draftText = pageText(draft, 'b.pdf', 1, 9);
    expect(draftText).toContain('DỰ THẢO');
    expect(draftText).toContain('PHỤ LỤC');
  }, 120_000);

  it.skipIf(installed)('says plainly that LibreOffice is not installed here', async () => {
    await expect(docxToPdf(docx)).rejects.toMatchObject({ status: 503, code: 'PDF_UNAVAILABLE' });
  });

  it('says plainly when LibreOffice is not installed', async () => {
    process.env.DANVAN_SOFFICE = '/nonexistent';
    expect(findSoffice()).toBeNull();
    await expect(docxToPdf(docx)).rejects.toMatchObject({
      status: 503, code: 'PDF_UNAVAILABLE',
      message: 'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF. Hãy tải bản Word (.docx), hoặc nhờ quản trị viên cài gói libreoffice-writer-nogui.',
    });
  });

  it('reports a failed conversion with LibreOffice’s reason', async () => {
    process.env.DANVAN_SOFFICE = fakeSoffice('failing', 3);
    await expect(docxToPdf(docx)).rejects.toMatchObject({
      code: 'PDF_CONVERSION_FAILED',
      message: 'Không chuyển được báo cáo sang PDF (fake soffice). Hãy tải bản Word (.docx) rồi in hoặc lưu thành PDF từ Word.',
    });
    process.env.DANVAN_SOFFICE = fakeSoffice('silent', 0);
    await expect(docxToPdf(docx)).rejects.toMatchObject({ code: 'PDF_CONVERSION_FAILED', message: expect.stringContaining('(LibreOffice không tạo ra tệp PDF)') });
  });
});

describe('findSoffice', () => {
  it('finds soffice or libreoffice on the PATH, skipping files it cannot run', () => {
    delete process.env.DANVAN_SOFFICE;
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin, { recursive: true });
    const other = path.join(dir, 'other');
    fs.mkdirSync(other, { recursive: true });
    fs.writeFileSync(path.join(bin, 'soffice'), 'not a program', { mode: 0o644 });
    fs.writeFileSync(path.join(other, 'libreoffice'), '#!/bin/sh\n', { mode: 0o755 });
    process.env.PATH = [bin, other].join(path.delimiter);
    expect(findSoffice()).toBe(path.join(other, 'libreoffice'));
    process.env.PATH = bin;
    expect(findSoffice()).toBeNull();
  });

  it('takes DANVAN_SOFFICE over the PATH', () => {
    process.env.DANVAN_SOFFICE = fakeSoffice('configured', 0);
    expect(findSoffice()).toBe(path.join(dir, 'configured'));
  });
});
