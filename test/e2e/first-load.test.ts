/**
 * The first visit on a slow line (issue 12 §4), as the built UI is served: the page says "Đang tải danvan…"
 * before any script has arrived, the login page loads only its own code, compressed, and a hashed file is
 * kept a year while index.html is asked again on every visit. Behaviour, not timing: bench/first-load.ts
 * measures the seconds.
 */
import http from 'node:http';
import zlib from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { demoStage, shot } from './browser.js';

const stage = demoStage();

/** The raw answer, as a browser asking for `encoding` gets it (node's fetch would decompress it). */
function raw(url: string, encoding: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('lần mở đầu tiên', () => {
  test('index.html nén, hỏi lại mỗi lần; script của trang đăng nhập nén brotli, giữ một năm', async () => {
    const page = await raw(`${stage.server.url}/login`, 'gzip, deflate, br, zstd');
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers.vary).toMatch(/accept-encoding/i);
    const html = zlib.brotliDecompressSync(page.body).toString();
    expect(html).toMatch(/<div id="root">[\s\S]*Đang tải danvan…[\s\S]*<\/div>/);

    const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    let compressed = 0;
    for (const src of scripts) {
      const res = await raw(stage.server.url + src, 'gzip, deflate, br, zstd');
      expect(res.status, src).toBe(200);
      expect(res.headers['cache-control'], src).toBe('public, max-age=31536000, immutable');
      if (res.body.length > 1024) expect(res.headers['content-encoding'], src).toBe('br');
      compressed += res.body.length;
    }
    // The editor and the registries are not among them: far below the 2.1 MB the issue measured.
    expect(compressed).toBeLessThan(350 * 1024);
    const gzip = await raw(stage.server.url + scripts[0], 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
  });

  test('chữ "Đang tải danvan…" hiện khi script chưa về; rồi ô đăng nhập hiện, không tải trình soạn thảo', async () => {
    const context = await stage.browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const loaded: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') loaded.push(new URL(r.url()).pathname); });
    // The scripts are held back, as a slow line would: what shows meanwhile is the HTML alone.
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    await page.route('**/assets/*.js', async (route) => { await held; await route.continue(); });
    // Not 'domcontentloaded': that waits for the module scripts, which are held.
    await page.goto(`${stage.server.url}/login`, { waitUntil: 'commit' });
    await page.getByRole('status').filter({ hasText: 'Đang tải danvan…' }).waitFor();
    await page.screenshot({ path: shot('first-load-placeholder') });
    release();
    await page.getByRole('form', { name: 'Đăng nhập' }).waitFor();
    await expect.poll(() => page.getByText('Đang tải danvan…').count()).toBe(0);
    expect(loaded.some((p) => /editor|ReportPage|DatedRegistryPage/.test(p))).toBe(false);
    await page.screenshot({ path: shot('first-load-login') });
    expect(errors).toEqual([]);
    await context.close();
  });
});
