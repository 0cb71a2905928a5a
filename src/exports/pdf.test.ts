import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderDocx } from './docx/index.js';
import { traTay } from './fixture.js';
import { docxToPdf, findSoffice } from './pdf.js';

const hasSoffice = findSoffice() !== null;
const saved = process.env.DANVAN_SOFFICE;
afterEach(() => {
  if (saved === undefined) delete process.env.DANVAN_SOFFICE;
  else process.env.DANVAN_SOFFICE = saved;
});

describe('PDF through LibreOffice', () => {
  it.runIf(hasSoffice)('converts the Word document; page 1 carries the number and the title', async () => {
    const pdf = await docxToPdf(await renderDocx(traTay));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-test-')), 'a.pdf');
    fs.writeFileSync(file, pdf);
    const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', file, '-'], { encoding: 'utf8' });
    expect(page1).toContain('Số: 39/BC-UBND');
    expect(page1).toContain('BÁO CÁO');
    expect(page1).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  }, 90_000);

  it('says plainly when LibreOffice is not installed', async () => {
    process.env.DANVAN_SOFFICE = '/khong/co/soffice';
    await expect(docxToPdf(await renderDocx(traTay))).rejects.toMatchObject({ status: 503, code: 'PDF_UNAVAILABLE', message: expect.stringContaining('chưa cài LibreOffice') });
  });
});
