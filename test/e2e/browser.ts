import fs from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { startServer, type TestServer } from './server.js';

export const screenshotDir = 'test-results';

export async function launchBrowser(): Promise<Browser> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

export const shot = (name: string) => `${screenshotDir}/${name}.png`;

/**
 * A new window of a desktop screen signed in as `username` (demo password); its page errors go to
 * `errors`, so a test can check none happened.
 */
export async function signedIn(browser: Browser, url: string, username: string, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
  const page = await context.newPage();
  // Two test files share two cores, each with its server and browser: a workflow step on a long report
  // (its figures recomputed) has taken over 15 s there. A wait is for behaviour, not for speed (bench/).
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (err) => errors.push(`${username}: ${err.message}`));
  await page.goto(url + '/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('demo1234');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
  return page;
}

export interface Stage {
  readonly server: TestServer;
  readonly browser: Browser;
  /** Page errors of every window signed in through `signIn`. */
  readonly errors: string[];
  signIn(username: string): Promise<Page>;
}

/** For one test file: a demo server and a browser, started before its tests and closed after them. */
export function demoStage(): Stage {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const errors: string[] = [];
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() { return server!; },
    get browser() { return browser!; },
    errors,
    signIn: (username) => signedIn(browser!, server!.url, username, errors),
  };
}

/** A new quarterly draft of the caller's commune, from the built-in template; its id. */
export async function newDraft(page: Page): Promise<number> {
  await page.getByRole('link', { name: /^Báo cáo$/ }).click();
  await page.getByRole('button', { name: 'Báo cáo mới' }).click();
  await page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: 'Đề cương' }) }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'Dân vận chính quyền quý' }).click();
  await page.getByRole('button', { name: 'Tạo dự thảo' }).click();
  await page.waitForURL(/\/reports\/\d+$/);
  return Number(/\/reports\/(\d+)$/.exec(page.url())![1]);
}

/**
 * Picks `option` in the antd Select named `name` within `scope` by typing it and Enter, as a keyboard user
 * does (a click under load can land on a list still opening), and waits until the field shows it.
 */
export async function chooseIn(page: Page, scope: Page | Locator, name: string, option: string, { exact = false } = {}) {
  const input = scope.getByRole('combobox', { name, exact });
  await input.focus();
  await input.fill(option);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: option }).waitFor();
  await input.press('Enter');
  // `has` looks inside each Select, so it names the box from the page, not through `scope`.
  await scope.locator('.ant-select').filter({ has: page.getByRole('combobox', { name, exact }) }).locator('.ant-select-selection-item', { hasText: option }).waitFor();
}

/** Picks an option of the Select labelled `label` in the open dialog (chooseIn). */
export const choose = (page: Page, label: string, option: string) => chooseIn(page, page.getByRole('dialog'), label, option);

/** A call to the API as the page's user, with its CSRF token. */
export async function apiCall<T>(page: Page, method: string, url: string, body?: unknown): Promise<T> {
  const answer = await page.evaluate(async ([m, u, b]) => {
    const csrf = decodeURIComponent(/(?:^|;\s*)danvan_csrf=([^;]+)/.exec(document.cookie)![1]!);
    const res = await fetch(u, { method: m, headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: b === undefined ? undefined : JSON.stringify(b) });
    return { status: res.status, body: await res.json() as unknown };
  }, [method, url, body] as const);
  if (answer.status >= 300) throw new Error(`${method} ${url}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as T;
}

/** Types a date (dd/mm/yyyy) into the date field labelled `label` in the open dialog. */
export async function typeDate(page: Page, label: string, date: string) {
  const input = page.getByRole('dialog').getByLabel(label);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}
