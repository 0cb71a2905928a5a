/**
 * Benchmark: a first visit of the login page on a slow line (issue 12 §4). Starts danvan with the demo data
 * on a free loopback port, opens /login in Chromium with DevTools' "Fast 3G" emulation and a cold cache, and
 * measures: the scripts the page loads before the form shows (bytes as served, compressed), the time until
 * the login form and the "Đang tải danvan…" placeholder are painted (median of 3 cold visits), and how many
 * assets a second visit fetches again (hashed assets are cached, so none).
 * Run: npm run bench, or tsx bench/first-load.ts. Uses the built UI (web/dist); builds it when missing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { Browser, BrowserContext, CDPSession } from 'playwright-core';
import { webDist } from '../src/server.js';
import { launchBrowser } from '../test/e2e/browser.js';
import { startServer } from '../test/e2e/server.js';
import { recordResults } from './results.js';

/** Chrome DevTools' "Fast 3G" preset, as DevTools and Puppeteer define it (bytes per second, ms). */
const fast3g = { offline: false, latency: 150 * 3.75, downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, uploadThroughput: ((750 * 1000) / 8) * 0.9 };
const runs = 3;
const scriptBudget = 350 * 1024;
const formBudgetMs = 4000;

/** Set in the page on the first frame that shows each, and when the last script arrived: ms since navigation start. */
interface PaintMarks { placeholderAt?: number; formAt?: number; scriptsArrivedAt?: number }

// Runs before the page's own scripts, in every document: notes the frame the placeholder, then the form, appear.
// A string, not a function: tsx would wrap a function's inner names in a helper the page does not have.
const watchPaints = `
  const marks = (window.__marks = {});
  const frame = () => {
    if (marks.placeholderAt === undefined && document.body && document.body.textContent.includes('Đang tải danvan')) marks.placeholderAt = performance.now();
    if (document.querySelector('form[aria-label="Đăng nhập"]')) return void (marks.formAt = performance.now());
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
`;

async function throttled(context: BrowserContext) {
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', fast3g);
  await page.addInitScript({ content: watchPaints });
  return { page, cdp };
}

/** One cold visit: the paint marks and the scripts requested before the form showed (not those fetched ahead after it). */
async function coldVisit(browser: Browser, url: string): Promise<PaintMarks & { scripts: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  try {
    const { page } = await throttled(context);
    await page.goto(`${url}/login`, { waitUntil: 'commit' });
    await page.getByRole('form', { name: 'Đăng nhập' }).waitFor();
    const marks = await page.evaluate(() => {
      const own = (window as unknown as { __marks: PaintMarks }).__marks;
      const scripts = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith('.js') && e.startTime < own.formAt!);
      // The entry runs once it and every module it imports have arrived.
      return { ...own, scriptsArrivedAt: Math.max(...scripts.map((e) => (e as PerformanceResourceTiming).responseEnd)), scripts: scripts.map((e) => e.name) };
    });
    return { ...marks, scripts: [...new Set(marks.scripts)] };
  } finally {
    await context.close();
  }
}

/** A second visit in the same browser profile: how many /assets/ files went to the server again. */
async function assetsRefetched(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  try {
    const { page, cdp } = await throttled(context);
    await page.goto(`${url}/login`);
    await page.getByRole('form', { name: 'Đăng nhập' }).waitFor();
    // The menu and the first page, fetched ahead while the form waits, are kept too.
    await page.waitForLoadState('networkidle');
    // Answered by the memory cache: Chromium says so by id before it reports the response.
    const cached = new Set<string>();
    let fetched = 0;
    cdp.on('Network.requestServedFromCache', ({ requestId }) => cached.add(requestId));
    cdp.on('Network.responseReceived', ({ requestId, response }) => {
      if (new URL(response.url).pathname.startsWith('/assets/') && !cached.has(requestId) && !response.fromDiskCache) fetched++;
    });
    await page.goto(`${url}/login`);
    await page.getByRole('form', { name: 'Đăng nhập' }).waitFor();
    return fetched;
  } finally {
    await context.close();
  }
}

/** The body of `url` as the server sends it to a browser (compressed when it can), in bytes. */
function servedSize(url: string, acceptEncoding: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => { bytes += chunk.length; });
      res.on('end', () => resolve({ bytes, encoding: res.headers['content-encoding'] ?? 'identity' }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

if (!fs.existsSync(path.join(webDist, 'index.html'))) execFileSync('npm', ['run', 'build:web'], { stdio: 'inherit' });
const server = await startServer();
const browser = await launchBrowser();
try {
  const visits = [];
  for (let i = 0; i < runs; i++) visits.push(await coldVisit(browser, server.url));
  const scripts = visits[0]!.scripts;
  const served = await Promise.all(scripts.map((s) => servedSize(s, 'br, gzip')));
  const plain = await Promise.all(scripts.map((s) => servedSize(s, 'identity')));
  const compressed = served.reduce((sum, s) => sum + s.bytes, 0);
  console.log(`danvan: trang đăng nhập tải ${scripts.length} script, ${kb(plain.reduce((sum, s) => sum + s.bytes, 0))} KB chưa nén, `
    + `${kb(compressed)} KB như máy chủ gửi (${[...new Set(served.map((s) => s.encoding))].join(', ')})`);
  for (const v of visits) console.log(`  lần mở: chữ chờ ${v.placeholderAt?.toFixed(0) ?? '—'} ms, script đủ ${v.scriptsArrivedAt?.toFixed(0)} ms, ô đăng nhập ${v.formAt?.toFixed(0)} ms`);
  const formAt = median(visits.map((v) => v.formAt ?? Infinity));
  // Painted before the scripts could run: the static HTML shows it, not the app.
  const placeholderEarly = visits.every((v) => v.placeholderAt !== undefined && v.placeholderAt < v.scriptsArrivedAt!);
  const placeholderAt = median(visits.map((v) => v.placeholderAt ?? Infinity));
  const refetched = await assetsRefetched(browser, server.url);
  recordResults([
    { name: 'script ban đầu của trang đăng nhập (nén, như máy chủ gửi)', value: kb(compressed), unit: 'KB', target: '< 350 KB', met: compressed < scriptBudget },
    { name: 'hiện ô đăng nhập, lần đầu, Fast 3G (trung vị 3 lần)', value: Math.round(formAt), unit: 'ms', target: '< 4000 ms', met: formAt < formBudgetMs },
    { name: 'hiện chữ chờ "Đang tải danvan…", Fast 3G', value: Number.isFinite(placeholderAt) ? Math.round(placeholderAt) : -1, unit: 'ms', target: 'trước khi script chạy', met: placeholderEarly },
    { name: 'tệp /assets/ tải lại khi mở lần hai (đã lưu cache)', value: refetched, unit: 'tệp', target: '0', met: refetched === 0 },
  ]);
} finally {
  await browser.close();
  await server.close();
}
