/**
 * The built UI goes out compressed and cached as a slow line needs (issue 12 §4): a hashed script as the
 * .br or .gz the build wrote, kept a year; index.html (and every client route, which is index.html)
 * revalidated on each visit, so an update is seen at the next load.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerNotFoundHandler } from './errors.js';
import { registerWeb, webCacheControl } from './web.js';

const year = 'public, max-age=31536000, immutable';
const script = `export const greeting = ${JSON.stringify('Đăng nhập '.repeat(400))};\n`;
const page = fs.readFileSync(new URL('../../../web/index.html', import.meta.url), 'utf8');

let root: string;
let app: FastifyInstance;
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'danvan-web-'));
  fs.mkdirSync(path.join(root, 'assets'));
  // As the build leaves them (web/precompress.ts): each file with its .br and .gz beside it.
  for (const [name, text] of [['index.html', page], ['assets/index-B0bUjsqO.js', script]] as const) {
    const file = path.join(root, name);
    fs.writeFileSync(file, text);
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(text));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(text));
  }
  app = Fastify();
  await registerWeb(app, root);
  registerNotFoundHandler(app, { spaIndex: true });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

describe('giao diện đã build', () => {
  it('gửi script có mã băm dạng brotli cho trình duyệt nhận được, và cho giữ một năm', async () => {
    const res = await get('/assets/index-B0bUjsqO.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe(year);
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(script);
    expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(script) / 10);
  });

  it('gửi gzip cho trình duyệt chỉ nhận gzip, và tệp gốc cho trình duyệt không nhận nén', async () => {
    const gz = await get('/assets/index-B0bUjsqO.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(script);
    const plain = await get('/assets/index-B0bUjsqO.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe(year);
    expect(plain.body).toBe(script);
  });

  it('index.html, ở "/" và ở mọi đường dẫn của ứng dụng, được hỏi lại máy chủ mỗi lần mở', async () => {
    for (const url of ['/', '/login', '/reports/12']) {
      const res = await get(url, { 'accept-encoding': 'br' });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(zlib.brotliDecompressSync(res.rawPayload).toString(), url).toContain('Đang tải danvan…');
    }
    const first = await get('/', { 'accept-encoding': 'br' });
    const again = await get('/', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
  });

  it('một script không còn (sau khi cập nhật) là 404, không phải trang index.html; tệp nén không có địa chỉ riêng', async () => {
    for (const url of ['/assets/ReportPage-Zz9.js', '/assets/index-B0bUjsqO.js.br']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/json/);
    }
  });

  it('chỉ tệp trong assets/ (tên mang mã băm) được giữ lâu', () => {
    expect(webCacheControl('assets/react-CessUBmc.js')).toBe(year);
    expect(webCacheControl(`assets${path.sep}index-_RIHuhee.css`)).toBe(year);
    expect(webCacheControl('index.html')).toBe('no-cache');
    expect(webCacheControl('favicon.ico')).toBe('no-cache');
  });
});
