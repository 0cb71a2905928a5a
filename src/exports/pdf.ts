/**
 * PDF from the official .docx through LibreOffice (`soffice --headless --convert-to pdf`), so the PDF is
 * the Word document as printed. Each conversion gets its own temporary profile: two can run at once.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../core/errors.js';

const TIMEOUT_MS = 60_000;

export function findSoffice(): string | null {
  const configured = process.env.DANVAN_SOFFICE;
  if (configured !== undefined) return existsSync(configured) ? configured : null;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = path.join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return null;
}

const pdfUnavailable = () => new AppError('unavailable', 'PDF_UNAVAILABLE',
  'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF. Hãy tải bản Word (.docx), hoặc nhờ quản trị viên cài gói libreoffice-writer-nogui.');

export async function docxToPdf(docx: Buffer): Promise<Buffer> {
  const soffice = findSoffice();
  if (!soffice) throw pdfUnavailable();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'danvan-pdf-'));
  try {
    const input = path.join(dir, 'bao-cao.docx');
    await fs.writeFile(input, docx);
    await new Promise<void>((resolve, reject) => {
      execFile(soffice, [
        `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
        '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, input,
      ], { timeout: TIMEOUT_MS }, (err, _stdout, stderr) => (err ? reject(new Error(stderr || err.message)) : resolve()));
    });
    return await fs.readFile(path.join(dir, 'bao-cao.pdf'));
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('unavailable', 'PDF_CONVERSION_FAILED', `LibreOffice không chuyển được báo cáo sang PDF (${err instanceof Error ? err.message.trim().slice(0, 200) : 'lỗi không rõ'}). Hãy tải bản Word (.docx).`);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
