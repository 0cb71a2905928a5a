/**
 * The report and request lists on a laptop and a phone, on the demo: at 1366×768 the administrator sees the
 * status, deadline and action of every report without scrolling sideways, filters by status, searches
 * without diacritics and turns pages; at 390×844 the lists are cards. The province downloads a request's
 * recipient table as .xlsx, with units by name and dates as date cells.
 */
import fs from 'node:fs';
import { describe, expect, test } from 'vitest';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { apiCall, chooseIn, demoStage, screenshotDir, shot } from './browser.js';

const stage = demoStage();

/** The element lies inside the 1366-pixel window: seen without scrolling sideways. */
async function inView(page: Page, name: string, within: ReturnType<Page['locator']>) {
  const box = await within.boundingBox();
  expect(box, name).not.toBeNull();
  expect(box!.x + box!.width, `${name} ends at ${box!.x + box!.width}`).toBeLessThanOrEqual(1366);
  expect(box!.x, name).toBeGreaterThanOrEqual(0);
}

/** A phone window signed in as `username`. */
/** Opens the request list from the menu; its table `name` shows `headers` without scrolling sideways. */
async function requestList(page: Page, name: string, headers: string[], screenshot: string) {
  await page.getByRole('link', { name: /Yêu cầu báo cáo/ }).first().click();
  const table = page.getByRole('table', { name });
  await table.locator('tr.ant-table-row').first().waitFor();
  for (const header of headers) await inView(page, header, table.getByRole('columnheader', { name: header }));
  await page.screenshot({ path: shot(screenshot), fullPage: true });
  return table;
}

async function onPhone(username: string): Promise<Page> {
  const context = await stage.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (err) => stage.errors.push(`${username} (phone): ${err.message}`));
  await page.goto(stage.server.url + '/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('demo1234');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
  return page;
}

describe('danh sách báo cáo và yêu cầu báo cáo', () => {
  test('quản trị thấy trạng thái, hạn nộp, thao tác của mọi báo cáo; lọc, tìm không dấu, sang trang', async () => {
    const page = await stage.signIn('admin');
    // More reports than a page holds: drafts of Tây Trà Bồng from its quarterly outline.
    const templates = await apiCall<{ id: number; title: string }[]>(page, 'GET', '/api/v1/report-templates');
    const quarterly = templates.find((t) => /quý/.test(t.title))!.id;
    const { total } = await apiCall<{ total: number }>(page, 'GET', '/api/v1/reports?pageSize=1');
    for (let n = total; n <= 21; n++) await apiCall(page, 'POST', '/api/v1/reports', { templateId: quarterly, unitCode: '51.TTB' });
    const all = (await apiCall<{ total: number }>(page, 'GET', '/api/v1/reports?pageSize=1')).total;
    expect(all).toBeGreaterThan(20);

    await page.getByRole('link', { name: /^Báo cáo/ }).first().click();
    const table = page.getByRole('table', { name: 'Danh sách báo cáo' });
    await table.locator('tr.ant-table-row').first().waitFor();
    for (const header of ['Trạng thái', 'Hạn nộp', 'Thao tác']) await inView(page, header, table.getByRole('columnheader', { name: header }));
    const firstRow = table.locator('tr.ant-table-row').first();
    await inView(page, 'the first row’s status', firstRow.locator('.ant-tag').first());
    await inView(page, 'the first row’s link', firstRow.getByRole('link', { name: /^Mở báo cáo/ }));
    await page.getByText(`${all} báo cáo`).waitFor();
    await page.screenshot({ path: shot('lists-reports-1366'), fullPage: true });

    // Page 2 holds the rest.
    await page.locator('.ant-pagination-item-2').click();
    await page.waitForURL(/page=2/);
    await expect.poll(() => table.locator('tr.ant-table-row').count()).toBe(all - 20);

    // A filter goes back to the first page: only accepted reports.
    await chooseIn(page, page, 'Lọc theo trạng thái', 'Đã tiếp nhận');
    await page.waitForURL((url) => url.searchParams.get('status') === 'accepted' && !url.searchParams.has('page'));
    const accepted = (await apiCall<{ total: number }>(page, 'GET', '/api/v1/reports?status=accepted&pageSize=1')).total;
    expect(accepted).toBeGreaterThan(0);
    await expect.poll(() => table.locator('tr.ant-table-row').count()).toBe(Math.min(accepted, 20));
    const statuses = await table.locator('tr.ant-table-row td:nth-last-child(3)').allInnerTexts();
    expect(new Set(statuses)).toEqual(new Set(['Đã tiếp nhận']));

    // Search without diacritics, within the filter.
    await page.getByLabel('Tìm báo cáo').fill('dan van kheo');
    await page.waitForURL((url) => url.searchParams.get('q') === 'dan van kheo');
    await expect.poll(async () => (await table.locator('tr.ant-table-row').allInnerTexts()).every((t) => /Dân vận khéo/i.test(t))).toBe(true);
    expect(await table.locator('tr.ant-table-row').count()).toBeGreaterThan(0);
    await page.screenshot({ path: shot('lists-reports-filtered-1366'), fullPage: true });
    await page.context().close();
  });

  test('tỉnh thấy tình trạng, hạn nộp, thao tác của yêu cầu đã gửi và tải bảng tình hình nộp (.xlsx)', async () => {
    const page = await stage.signIn('quangngai');
    const table = await requestList(page, 'Yêu cầu đã gửi', ['Tình trạng', 'Hạn nộp', 'Thao tác'], 'lists-requests-1366');

    await table.locator('tr.ant-table-row').first().getByRole('link', { name: /^Xem yêu cầu/ }).click();
    const recipients = page.getByRole('table', { name: 'Tình hình nộp của các đơn vị' });
    await recipients.locator('tr.ant-table-row').first().waitFor();
    for (const header of ['Ngày nhận', 'Ngày tiếp nhận']) await recipients.getByRole('columnheader', { name: header }).waitFor();
    // Units by name, never "Name (code)".
    expect(await recipients.locator('tr.ant-table-row td:first-child').allInnerTexts()).not.toContainEqual(expect.stringMatching(/\(\d+\./));
    await page.screenshot({ path: shot('lists-request-1366'), fullPage: true });

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: /Xuất Excel/ }).click();
    const saved = `${screenshotDir}/tinh-hinh-nop.xlsx`;
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^tinh-hinh-nop-bao-cao-yeu-cau-\d+-\d{4}-\d{2}-\d{2}\.xlsx$/);
    await file.saveAs(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(saved);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'STT', 'Đơn vị', 'Tình trạng', 'Ngày nhận báo cáo', 'Ngày tiếp nhận', 'Số báo cáo']);
    const shown = await recipients.locator('tr.ant-table-row').count();
    expect(sheet.actualRowCount).toBe(1 + shown);
    expect(String(sheet.getRow(2).getCell(2).value)).toBe((await recipients.locator('tr.ant-table-row td:first-child').first().innerText()).trim());
    fs.rmSync(saved);

    // On a phone the same units come as cards, with their dates in words.
    const rows = await recipients.locator('tr.ant-table-row td:first-child').allInnerTexts();
    await page.setViewportSize({ width: 390, height: 844 });
    const cards = page.locator('.ant-list[aria-label="Tình hình nộp của các đơn vị"] .ant-list-item-meta-title');
    await expect.poll(() => cards.allInnerTexts().then((t) => t.map((x) => x.trim()))).toEqual(rows.map((x) => x.trim()));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: shot('lists-request-390'), fullPage: true });
    await page.context().close();

    // A commune's side: what it has to answer, with its own report's state.
    const commune = await stage.signIn('tratay');
    await requestList(commune, 'Yêu cầu đơn vị phải báo cáo', ['Hạn nộp', 'Tình trạng', 'Thao tác'], 'lists-requests-commune-1366');
    await commune.context().close();
  });

  test('trên điện thoại (390×844) danh sách là các thẻ', async () => {
    const page = await onPhone('admin');
    await page.goto(stage.server.url + '/reports');
    const cards = page.locator('.ant-list[aria-label="Danh sách báo cáo"] .ant-list-item');
    await cards.first().waitFor();
    expect(await page.getByRole('table', { name: 'Danh sách báo cáo' }).count()).toBe(0);
    expect(await cards.count()).toBe(20);
    // A card holds its status and fits the screen.
    const card = await cards.first().boundingBox();
    expect(card!.x + card!.width).toBeLessThanOrEqual(390);
    await cards.first().locator('.ant-tag').waitFor();
    await page.screenshot({ path: shot('lists-reports-390'), fullPage: true });

    await page.goto(stage.server.url + '/report-requests?tab=sent');
    await page.locator('.ant-list[aria-label="Yêu cầu đã gửi"] .ant-list-item').first().waitFor();
    await page.screenshot({ path: shot('lists-requests-390'), fullPage: true });
    await page.context().close();
    expect(stage.errors).toEqual([]);
  });
});
