/**
 * The editor's main path through the UI, in a real browser against a real server (in-memory database with
 * the demo data). The Trà Tây editor, whose commune ended on 01/07/2025, finds it on the tree of its last
 * day and reads its 2023 profile but may not change it; the editor of Xã Tây Trà Bồng, which succeeded it,
 * keeps its records: changes the 2023 profile so that a sum rule breaks, saves, and finds the change in
 * the audit log.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, shot } from './browser.js';
import { startServer, type TestServer } from './server.js';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (err) => pageErrors.push(err.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Another user in the same window: the session cookie of the previous one is dropped first. */
async function signIn(username: string) {
  await context.clearCookies();
  await page.goto(server.url + '/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('demo1234');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
}

describe('luồng nhập đặc điểm tình hình (tratay chỉ xem, taytrabong sửa)', () => {
  test('đăng nhập: sai mật khẩu báo lỗi của máy chủ, đúng thì vào trang tổng quan', async () => {
    await page.goto(server.url + '/');
    await expect(page.getByText('Hệ thống quản lý công tác Dân vận chính quyền')).toBeTruthy();
    await page.getByLabel('Tên đăng nhập').fill('tratay');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').filter({ hasText: 'Tên đăng nhập hoặc mật khẩu không đúng.' }).waitFor();

    await page.getByLabel('Mật khẩu').fill('demo1234');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
  });

  test('cây đơn vị mặc định ngày trước khi đơn vị kết thúc, lịch tiếng Việt', async () => {
    await page.getByRole('link', { name: 'Đơn vị hành chính' }).click();
    await page.getByText('Đơn vị của bạn chấm dứt hoạt động từ ngày 01/07/2025 (ngày cuối 30/06/2025); đang xem cây đơn vị ngày 30/06/2025.').waitFor();
    const dateInput = page.getByLabel('Xem theo ngày');
    expect(await dateInput.inputValue()).toBe('30/06/2025');
    const tree = page.getByRole('region', { name: 'Cây đơn vị hành chính' });
    await tree.getByText('Xã Trà Tây').waitFor();
    await tree.getByText('Huyện Trà Bồng').waitFor();

    // The date picker speaks Vietnamese (antd locale loaded from antd/es/locale/vi_VN).
    await dateInput.click();
    await page.getByText('Hôm nay', { exact: true }).waitFor();
    await page.keyboard.press('Escape');

    await tree.getByText('Xã Trà Tây').click();
    await page.getByText('Hết hiệu lực từ 01/07/2025').first().waitFor();
    await page.getByText('Nghị quyết số 1677/NQ-UBTVQH15', { exact: false }).first().waitFor();
  });

  test('xã đã kết thúc: tài khoản của xã xem được số liệu năm 2023 nhưng không sửa được', async () => {
    await page.getByRole('button', { name: 'Đặc điểm tình hình' }).click();
    await page.waitForURL(/\/units\/51\.TB\.TT\/profile\/2023$/);
    const area = page.getByLabel('Diện tích tự nhiên', { exact: true });
    await area.waitFor();
    expect(await area.inputValue()).toBe('6.957,81');
    await page.getByText('Bạn chỉ có quyền xem số liệu này.').waitFor();
    expect(await page.getByRole('button', { name: 'Lưu số liệu' }).isDisabled()).toBe(true);
  });

  test('xã kế thừa mở số liệu năm 2023, sửa hộ nghèo thì cảnh báo ngay, lưu được kèm cảnh báo của máy chủ', async () => {
    await signIn('taytrabong');
    await page.goto(server.url + '/units/51.TB.TT/profile/2023');
    const area = page.getByLabel('Diện tích tự nhiên', { exact: true });
    await area.waitFor();
    expect(await area.inputValue()).toBe('6.957,81');
    expect(await page.getByLabel('Tỷ lệ hộ nghèo', { exact: true }).inputValue()).toBe('55,56%');
    expect(await page.getByLabel('Hộ nghèo', { exact: true }).inputValue()).toBe('405');
    await page.getByText(/Cập nhật lần cuối: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} bởi/).waitFor();

    const poor = page.getByLabel('Hộ nghèo', { exact: true });
    await poor.fill('410');
    const warning = page.getByRole('alert', { name: 'Cảnh báo số liệu' });
    await warning.waitFor();
    const text = await warning.innerText();
    expect(text).toContain('khác tổng số hộ');
    expect(text).toContain('Hộ nghèo (410)');
    expect(text).toContain('tổng số hộ (729)');
    expect(await page.getByLabel('Tỷ lệ hộ nghèo', { exact: true }).inputValue()).toBe('56,24%');
    await page.screenshot({ path: shot('profile-warning'), fullPage: true });

    await page.getByRole('button', { name: 'Lưu số liệu' }).click();
    const saved = page.getByText('Đã lưu số liệu năm 2023 (phiên bản 2).');
    await saved.waitFor();
    await page.getByText('Máy chủ ghi nhận các cảnh báo sau:').waitFor();
    expect(await page.getByLabel('Hộ nghèo', { exact: true }).inputValue()).toBe('410');
    await page.screenshot({ path: shot('profile-saved'), fullPage: true });
  });

  test('nhật ký thay đổi có dòng sửa số liệu của taytrabong, mở ra thấy 405 -> 410', async () => {
    await page.getByRole('link', { name: 'Nhật ký thay đổi' }).click();
    const table = page.getByRole('table').first();
    await table.waitFor();
    // People are named as they are, not by their account.
    const row = page.getByRole('row').filter({ hasText: 'Sửa số liệu đặc điểm tình hình' }).filter({ hasText: 'Công chức Văn phòng - Thống kê xã Tây Trà Bồng' });
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    await row.getByRole('button', { name: 'Mở rộng dòng' }).click();

    const diff = page.getByRole('region', { name: 'Chi tiết thay đổi' });
    await diff.waitFor();
    const poorRow = diff.getByRole('row').filter({ hasText: 'Hộ nghèo' });
    await poorRow.waitFor();
    const cells = await poorRow.getByRole('cell').allInnerTexts();
    expect(cells.map((c) => c.trim())).toEqual(['Hộ nghèo', '405 hộ', '410 hộ']);
    // Only the changed figure is listed by default.
    expect(await diff.getByRole('row').count()).toBe(2);
    await page.screenshot({ path: shot('audit-log'), fullPage: true });
  });

  test('trên điện thoại: menu thu vào nút, cây đơn vị vẫn dùng được', async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
      locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', storageState: await context.storageState(),
    });
    try {
      const p = await phone.newPage();
      await p.goto(server.url + '/units?unit=51.TTB');
      await p.getByRole('region', { name: 'Cây đơn vị hành chính' }).getByText('Xã Tây Trà Bồng').first().waitFor();
      expect(await p.getByRole('link', { name: 'Nhật ký thay đổi' }).count()).toBe(0);
      await p.screenshot({ path: shot('units-phone'), fullPage: true });
      await p.getByRole('button', { name: 'Mở menu' }).click();
      await p.getByRole('link', { name: 'Nhật ký thay đổi' }).waitFor();
      await p.screenshot({ path: shot('menu-phone') });
    } finally {
      await phone.close();
    }
    expect(pageErrors).toEqual([]);
  });

  test('hai người cùng sửa số liệu: người lưu sau gộp với bản mới nhất, không phải nhập lại', async () => {
    const open = async () => {
      const other = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', storageState: await context.storageState() });
      const p = await other.newPage();
      await p.goto(server.url + '/units/51.TB.TT/profile/2023');
      await p.getByLabel('Cán bộ', { exact: true }).waitFor();
      return p;
    };
    const first = await open();
    const second = await open();
    await first.getByLabel('Số thôn, tổ dân phố', { exact: true }).fill('8');
    await first.getByRole('button', { name: 'Lưu số liệu' }).click();
    await first.getByText(/^Đã lưu số liệu năm 2023/).first().waitFor();

    await second.getByLabel('Cán bộ', { exact: true }).fill('12');
    await second.getByRole('button', { name: 'Lưu số liệu' }).click();
    await second.getByText(/vừa được chính bạn \(ở một cửa sổ khác\) lưu/).waitFor();
    await second.getByRole('button', { name: 'Gộp với bản mới nhất' }).click();
    await second.getByText(/^Đã gộp với bản Công chức Văn phòng - Thống kê xã Tây Trà Bồng lưu lúc/).waitFor();
    expect(await second.getByLabel('Cán bộ', { exact: true }).inputValue()).toBe('12');
    expect(await second.getByLabel('Số thôn, tổ dân phố', { exact: true }).inputValue()).toBe('8');
    await second.getByRole('button', { name: 'Lưu số liệu' }).click();
    await second.getByText(/^Đã lưu số liệu năm 2023/).first().waitFor();
    await second.screenshot({ path: shot('profile-merged') });
    await first.context().close();
    await second.context().close();
    expect(pageErrors).toEqual([]);
  });
});
