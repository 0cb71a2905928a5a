import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataDir } from './core/db/lock.js';

const run = promisify(execFile);
const bin = new URL('../bin/danvan.js', import.meta.url).pathname;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-cli-'));
// The CLI uses the embedded database here whatever the suite runs on: it is what `danvan` does by default.
const env = { ...process.env, DANVAN_DATA_DIR: dataDir, DATABASE_URL: '' };

async function danvan(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** `danvan serve` in a child process on a data directory of its own; resolves with the server's base URL. */
async function served(args: string[], dir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, [bin, 'serve', '--port', String(port), ...args], { env: { ...env, DANVAN_DATA_DIR: dir, HOST: '127.0.0.1' }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => new Promise<void>((resolve) => { child.once('exit', () => resolve()); child.kill('SIGTERM'); });
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { url, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error('danvan serve did not answer in 30 s');
}

describe('danvan serve', () => {
  it('starts an installation with no account and no demo: its first page creates the administrator', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-serve-'));
    const server = await served([], dir);
    try {
      expect(await (await fetch(`${server.url}/api/v1/auth/demo-accounts`)).json()).toEqual([]);
      expect(await (await fetch(`${server.url}/api/v1/setup`)).json()).toEqual({ needed: true });
      const demoLogin = await fetch(`${server.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'demo1234' }) });
      expect(demoLogin.status).toBe(401);
    } finally {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('danvan CLI', () => {
  it('exits 2 with the usage on an unknown command or a bad option', async () => {
    const res = await danvan('khongco');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('Không có lệnh "khongco"');
    expect(res.stderr).toContain('Cách dùng: danvan');
    expect((await danvan('user', 'add')).code).toBe(2);
  });

  it('loads the demo once, refuses a second time, and adds a user to a demo unit', async () => {
    const first = await danvan('demo');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Đã nạp dữ liệu minh họa');
    const again = await danvan('demo');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Cơ sở dữ liệu đã có đơn vị hành chính');
    const add = await danvan('user', 'add', 'ketoan', '--unit', '51.TB.TN', '--role', 'editor', '--name', 'Lê Văn Kế', '--password', 'matkhau-123');
    expect(add.code, add.stderr).toBe(0);
    expect(add.stdout).toContain('Đã tạo tài khoản ketoan (editor) thuộc Xã Trà Tân.');
    const badUnit = await danvan('user', 'add', 'ketoan2', '--unit', 'KHONGCO', '--role', 'editor', '--password', 'matkhau-123');
    expect(badUnit.code).toBe(1);
    expect(badUnit.stderr).toContain('Không tìm thấy đơn vị có mã "KHONGCO"');
    expect((await danvan('user', 'passwd', 'ketoan', '--password', 'matkhau-456')).code).toBe(0);
  }, 120_000);

  it('lists the reports as JSON and exports one as .docx and .pdf', async () => {
    const list = await danvan('report', 'list', '--json');
    expect(list.code, list.stderr).toBe(0);
    const reports = JSON.parse(list.stdout) as { id: number; unit: string; number: string | null; date: string | null; title: string; status: string }[];
    const traTay = reports.find((r) => r.unit === '51.TB.TT')!;
    expect(traTay).toMatchObject({ number: '39/BC-UBND', date: '2023-06-14', status: 'accepted', title: 'Sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính nhà nước' });
    expect(reports.find((r) => r.unit === '87.TM')).toMatchObject({ number: null, date: null, status: 'draft' });

    const out = path.join(dataDir, 'xuat', 'tra-tay.docx');
    const docx = await danvan('report', 'export', String(traTay.id), '--format', 'docx', '--out', out);
    expect(docx.code, docx.stderr).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const pdfOut = path.join(dataDir, 'tra-tay.pdf');
    const pdf = await danvan('report', 'export', String(traTay.id), '--format', 'pdf', '--out', pdfOut);
    if (pdf.code === 0) expect(fs.readFileSync(pdfOut).subarray(0, 5).toString()).toBe('%PDF-');
    else expect(pdf.stderr).toContain('chưa cài LibreOffice');

    expect((await danvan('report', 'export', 'abc')).code).toBe(2);
    const unknown = await danvan('report', 'export', '9999', '--out', path.join(dataDir, 'x.docx'));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Không tìm thấy báo cáo số 9999');
  }, 120_000);

  it('refuses to open a data directory another process holds', async () => {
    const release = lockDataDir(dataDir);
    try {
      // The lock file names this test process, which is alive: the CLI must refuse.
      const res = await danvan('migrate');
      expect(res.code).toBe(1);
      expect(res.stderr).toContain(`đang được một tiến trình danvan khác sử dụng (PID ${process.pid})`);
    } finally {
      release();
    }
    expect((await danvan('migrate')).code).toBe(0);
  }, 60_000);

  it('prints the references of a text file as JSON, without a database', async () => {
    const file = path.join(dataDir, 'cong-van.txt');
    fs.writeFileSync(file, 'Thực hiện Công văn số 1444/UBND-NV ngày 18/5/2023 của UBND huyện Trà Bồng; toàn xã có 729 hộ/2.971 khẩu, 6/6 TDP, Kế hoạch 53-KH-HU.');
    const res = await danvan('refs', file);
    expect(res.code, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual([
      { text: 'Công văn số 1444/UBND-NV ngày 18/5/2023', kind: 'Công văn', number: '1444/UBND-NV', symbol: 'UBND-NV', date: '2023-05-18', issuer: 'UBND huyện Trà Bồng' },
      { text: 'Kế hoạch 53-KH-HU', kind: 'Kế hoạch', number: '53-KH/HU', symbol: 'KH/HU', date: null, issuer: null },
    ]);
    const missing = await danvan('refs', path.join(dataDir, 'khong-co.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không tìm thấy tệp');
  });
});
