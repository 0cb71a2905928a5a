/**
 * An administrator records unit changes: dates typed the short way ("1/12/2026") are read, every
 * operation is confirmed with what it will record, and a rename starts from the name on the viewed
 * date, so a second rename never undoes the first.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addDays, todayIso } from '../../src/core/vi-format.js';
import { choose, launchBrowser, shot } from './browser.js';
import { startServer, type TestServer } from './server.js';

let server: TestServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

/** "1/12/2026": the way officials type a date, no leading zeros. */
const short = (iso: string) => iso.split('-').reverse().map(Number).join('/');
const padded = (iso: string) => iso.split('-').reverse().join('/');
const created = addDays(todayIso(), 7);
const renamed = addDays(todayIso(), 9);
const later = addDays(todayIso(), 12);

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (err) => pageErrors.push(err.message));
  await page.goto(server.url + '/login');
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill('demo1234');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function typeDate(label: string, text: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

async function showTree(iso: string, unit: string) {
  await page.goto(`${server.url}/units`);
  // Typing the date already shown changes nothing, and the picker then keeps the typed text as it is.
  await page.getByRole('region', { name: 'Cây đơn vị hành chính' }).waitFor();
  if ((await page.getByLabel('Xem theo ngày').inputValue()) !== padded(iso)) await typeDate('Xem theo ngày', short(iso));
  expect(await page.getByLabel('Xem theo ngày').inputValue()).toBe(padded(iso));
  await page.getByRole('region', { name: 'Cây đơn vị hành chính' }).getByText(unit, { exact: true }).click();
}

async function operate(action: string) {
  await page.getByRole('button', { name: /Thao tác đơn vị/ }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

async function confirm(expected: string) {
  const dialog = page.getByRole('dialog').filter({ hasText: expected });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Thực hiện' }).click();
  await page.getByText(/^Đã ghi nhận/).waitFor();
}

describe('thao tác đơn vị hành chính (quản trị)', () => {
  test('thành lập thôn với ngày gõ tắt, có hộp xác nhận nói rõ điều sẽ ghi', async () => {
    await showTree(todayIso(), 'Xã Tây Trà Bồng');
    await operate('Thành lập đơn vị trực thuộc');
    await page.getByLabel('Mã đơn vị mới').fill('51.TTB.T9');
    await page.getByLabel('Tên (không kèm loại)').fill('Trà Lạc');
    // Typed and picked with Enter, as a keyboard user does: a mouse click under load can land while the list animates.
    await choose(page, 'Loại đơn vị', 'Thôn');
    await typeDate('Ngày hiệu lực', short(created));
    expect(await page.getByLabel('Ngày hiệu lực', { exact: true }).inputValue()).toBe(padded(created));
    await page.getByLabel('Căn cứ pháp lý').fill('Quyết định số 12/QĐ-UBND ngày 20/11/2026 của UBND tỉnh Quảng Ngãi');
    await page.getByRole('button', { name: 'Thực hiện' }).click();
    await page.screenshot({ path: shot('unit-operation-confirm') });
    await confirm(`Thành lập Thôn Trà Lạc (mã 51.TTB.T9) từ ngày ${padded(created)}`);
  });

  test('đổi tên hai lần: lần sau bắt đầu từ tên đang xem, không trả lại tên cũ', async () => {
    await showTree(addDays(created, 1), 'Thôn Trà Lạc');
    await operate('Đổi tên');
    expect(await page.getByLabel('Tên mới').inputValue()).toBe('Trà Lạc');
    await page.getByLabel('Tên mới').fill('Trà Lạc Mới');
    await typeDate('Ngày hiệu lực', short(renamed));
    await page.getByLabel('Căn cứ pháp lý').fill('Nghị quyết số 05/NQ-HĐND ngày 01/12/2026 của HĐND xã Tây Trà Bồng');
    await page.getByRole('button', { name: 'Thực hiện' }).click();
    await confirm(`mang tên Thôn Trà Lạc Mới từ ngày ${padded(renamed)}`);

    await showTree(later, 'Thôn Trà Lạc Mới');
    await operate('Đổi tên');
    expect(await page.getByLabel('Tên mới').inputValue()).toBe('Trà Lạc Mới');
    // Viewing a future date, the operation defaults to that date, not to today.
    expect(await page.getByLabel('Ngày hiệu lực', { exact: true }).inputValue()).toBe(padded(later));
    await page.getByRole('button', { name: 'Hủy' }).click();
    expect(pageErrors).toEqual([]);
  });
});
