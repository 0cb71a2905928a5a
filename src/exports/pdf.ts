/**
 * PDF from the official .docx through LibreOffice (`soffice --headless --convert-to pdf`), so the PDF is the
 * Word document as printed. Each conversion has its own temporary directory and LibreOffice profile: two can
 * run at once, and nothing is left behind.
 */
import { execFileSync, spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../core/errors.js';

const TIMEOUT_MS = 60_000;

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** LibreOffice's `soffice` (or `libreoffice`) on the PATH; DANVAN_SOFFICE names another one. Null when none. */
export function findSoffice(): string | null {
  const configured = process.env.DANVAN_SOFFICE?.trim();
  if (configured) return isExecutable(configured) ? configured : null;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of ['soffice', 'libreoffice']) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return null;
}

/**
 * Runs LibreOffice in a process group of its own: `soffice` starts `soffice.bin` under it, and a timeout
 * has to stop both. Settles once the process has exited, so its directory can then be removed.
 */
function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => { output = (output + chunk.toString()).slice(-2_000); };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
    }, TIMEOUT_MS);
    child.on('error', (err) => { clearTimeout(timer); reject(err); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) reject(new Error(`LibreOffice chạy quá ${TIMEOUT_MS / 1000} giây`));
      else if (code !== 0) reject(new Error(output.trim() || `LibreOffice dừng với mã ${code ?? signal}`));
      else resolve();
    });
  });
}

export const conversionFailed = (reason: string) => new AppError('unavailable', 'PDF_CONVERSION_FAILED',
  `Không chuyển được báo cáo sang PDF (${reason.trim().slice(0, 300)}). Hãy tải bản Word (.docx) rồi in hoặc lưu thành PDF từ Word.`);

/**
 * What is wrong with the fonts LibreOffice will use, or null. Reports are set in Times New Roman; LibreOffice
 * takes Liberation Serif (same metrics) in its place, and only Liberation Serif 2 (Debian fonts-liberation2)
 * has the Vietnamese letters: without it ơ, ư, ạ come out in another typeface ("lệch font").
 */
export function pdfFontProblem(): string | null {
  let families: string;
  try {
    families = execFileSync('fc-list', [':family=Liberation Serif:lang=vi', 'family'], { encoding: 'utf8', timeout: 5000 });
  } catch {
    return 'Không kiểm tra được phông chữ (thiếu lệnh fc-list của fontconfig).';
  }
  return families.trim() ? null : 'Máy chủ chưa có phông Liberation Serif có chữ Việt (gói fonts-liberation2): PDF sẽ in các chữ ơ, ư, ạ... bằng phông khác. Cài: apt-get install fonts-liberation2.';
}

/** The .docx as PDF. Throws PDF_UNAVAILABLE without LibreOffice, PDF_CONVERSION_FAILED when it fails. */
export async function docxToPdf(docx: Buffer): Promise<Buffer> {
  const soffice = findSoffice();
  if (!soffice) {
    throw new AppError('unavailable', 'PDF_UNAVAILABLE',
      'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF. Hãy tải bản Word (.docx), hoặc nhờ quản trị viên cài gói libreoffice-writer-nogui.');
  }
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'danvan-pdf-'));
  try {
    const input = path.join(dir, 'bao-cao.docx');
    await fs.writeFile(input, docx);
    await run(soffice, [
      `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
      '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', dir, input,
    ]);
    // LibreOffice exits 0 even when it could not read the file; the PDF is the proof.
    return await fs.readFile(path.join(dir, 'bao-cao.pdf')).catch(() => {
      throw new Error('LibreOffice không tạo ra tệp PDF');
    });
  } catch (err) {
    throw conversionFailed(err instanceof Error ? err.message : String(err));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
