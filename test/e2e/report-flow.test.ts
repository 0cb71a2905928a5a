/**
 * The whole report flow in a real browser: Huyện Trà Bồng sends a request to its communes, Trà Tây's
 * editor writes the report (text, a footnote, a figure, the number), its leader submits, the district
 * returns it with a reason, the commune corrects and resubmits, the district accepts and downloads the
 * official .docx (and .pdf when LibreOffice is installed).
 */
import fs from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { findSoffice } from '../../src/exports/pdf.js';
import { launchBrowser, shot } from './browser.js';
import { startServer, type TestServer } from './server.js';

let server: TestServer;
let browser: Browser;
const pageErrors: string[] = [];
let requestUrl = '';
let reportUrl = '';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function loggedIn(username: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (err) => pageErrors.push(`${username}: ${err.message}`));
  await page.goto(server.url + '/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('demo1234');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
  return page;
}

async function pick(page: Page, label: string, option: string) {
  // antd keeps the combobox input transparent: click the select that holds it.
  await page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: label }) }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
}

async function typeDate(page: Page, label: string, ddmmyyyy: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Enter');
}

/** Saves now, unless autosave (a few seconds after the last keystroke) already did. */
async function saved(page: Page) {
  const save = page.locator('.report-bar').getByRole('button', { name: /Lưu$/ });
  if (await save.isEnabled()) await save.click();
  await page.getByText(/^Đã lưu lúc/).waitFor();
}

async function confirmAction(page: Page, action: string) {
  await page.locator('.report-bar').getByRole('button', { name: action, exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: action, exact: true }).click();
}

describe('báo cáo từ yêu cầu đến văn bản Word', () => {
  test('huyện Trà Bồng gửi yêu cầu báo cáo 6 tháng đến các xã', async () => {
    const page = await loggedIn('trabong');
    await page.getByRole('link', { name: /Yêu cầu báo cáo/ }).click();
    await page.getByRole('button', { name: 'Gửi yêu cầu báo cáo' }).click();
    await page.getByLabel('Văn bản căn cứ').fill('Công văn số 1520/UBND-NV ngày 02/6/2025 của UBND huyện Trà Bồng về việc báo cáo công tác dân vận chính quyền 6 tháng đầu năm 2025');
    await page.locator('.ant-select-item-option').filter({ hasText: 'Thêm mới' }).click();
    await page.getByText('Sẽ thêm vào sổ văn bản').waitFor();
    expect(await page.getByLabel('Trích yếu yêu cầu').inputValue()).toBe('Báo cáo công tác dân vận chính quyền 6 tháng đầu năm 2025');

    // Huyện Trà Bồng ended on 01/07/2025: the form starts on its last day; the dispatch is dated 02/06/2025.
    expect(await page.getByLabel('Ngày ban hành yêu cầu').inputValue()).toBe('30/06/2025');
    await typeDate(page, 'Ngày ban hành yêu cầu', '02/06/2025');
    await pick(page, 'Loại báo cáo', 'Báo cáo 6 tháng');
    await pick(page, 'Kỳ', '6 tháng đầu');
    // Nghị định 09/2019/NĐ-CP: six months cut off on 14 June.
    expect(await page.getByLabel('Ngày chốt số liệu').inputValue()).toBe('14/06/2025');
    await typeDate(page, 'Hạn nộp', '10/06/2025');
    await page.getByText('Hạn nộp (10/06/2025) trước ngày chốt số liệu (14/06/2025)').waitFor();
    await typeDate(page, 'Hạn nộp', '20/06/2099');
    await pick(page, 'Đề cương báo cáo', 'Dân vận khéo');
    await page.getByText('Đơn vị phải báo cáo (2/2)').waitFor();
    await page.screenshot({ path: shot('request-new'), fullPage: true });
    await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();

    await page.getByRole('heading', { name: 'Báo cáo công tác dân vận chính quyền 6 tháng đầu năm 2025' }).waitFor();
    requestUrl = page.url();
    const rows = page.getByRole('table', { name: 'Tình hình nộp của các đơn vị' }).getByRole('row');
    await rows.filter({ hasText: 'Xã Trà Tây' }).getByText('Chưa bắt đầu').waitFor();
    await rows.filter({ hasText: 'Xã Trà Tân' }).getByText('Chưa bắt đầu').waitFor();
    await page.context().close();
  });

  test('xã Trà Tây thấy thông báo, viết báo cáo có chú thích, số liệu và số văn bản', async () => {
    const page = await loggedIn('tratay');
    const notice = page.getByRole('listitem').filter({ hasText: 'Báo cáo công tác dân vận chính quyền 6 tháng đầu năm 2025' });
    await notice.getByText(/^Còn \d+ ngày$/).waitFor();
    await notice.getByRole('link').click();
    await page.getByRole('button', { name: 'Viết báo cáo' }).click();
    await page.waitForURL(/\/reports\/\d+$/);
    reportUrl = page.url();

    const basis = page.getByRole('textbox', { name: 'Đoạn mở đầu (căn cứ)' });
    await expect.poll(() => basis.innerText()).toContain('Thực hiện Công văn số 1520/UBND-NV ngày 2/6/2025 của UBND huyện Trà Bồng');
    // The signer and recipients of Trà Tây's last report (seed 000) are filled in.
    expect(await page.getByLabel('Họ tên người ký').inputValue()).toBe('Hồ Văn Long');

    const body = page.getByRole('textbox', { name: 'Nội dung mục I. ĐẶC ĐIỂM TÌNH HÌNH' });
    await body.click();
    await page.keyboard.type('- Toàn xã có 729 hộ/2.971 khẩu, hộ nghèo 405 hộ');
    await page.getByRole('button', { name: 'Thêm chú thích cuối trang' }).first().click();
    await page.getByLabel('Nội dung chú thích').fill('Số liệu rà soát hộ nghèo năm 2025 của UBND xã Trà Tây.');
    await page.getByRole('button', { name: 'Lưu chú thích' }).click();
    await page.keyboard.type('.');
    await page.getByLabel('Số hộ (hộ) - Số liệu').fill('729');
    await page.getByLabel('Số', { exact: true }).fill('41');
    await page.getByLabel('Ngày', { exact: true }).fill('20');
    await page.getByLabel('Tháng', { exact: true }).fill('6');
    await page.getByLabel('Năm', { exact: true }).fill('2025');
    await page.getByText('Sẽ in: Số: 41/BC-UBND').waitFor();
    await saved(page);
    await page.screenshot({ path: shot('report-editor') });
    // An editor drafts; only the unit's leader submits.
    expect(await page.locator('.report-bar').getByRole('button', { name: 'Trình báo cáo' }).count()).toBe(0);
    await page.context().close();
  });

  test('lãnh đạo xã trình báo cáo; báo cáo bị khóa', async () => {
    const page = await loggedIn('lanhdaotratay');
    await page.goto(reportUrl);
    await confirmAction(page, 'Trình báo cáo');
    await page.getByText('Báo cáo đã trình lên cấp trên, đang chờ duyệt').waitFor();
    await page.getByText('Đã trình, chờ duyệt').first().waitFor();
    await page.context().close();
  });

  test('huyện trả lại kèm lý do; xã sửa rồi trình lại', async () => {
    const district = await loggedIn('trabong');
    await district.goto(requestUrl);
    const row = district.getByRole('table', { name: 'Tình hình nộp của các đơn vị' }).getByRole('row').filter({ hasText: 'Xã Trà Tây' });
    await row.getByText('Đã nộp đúng hạn').waitFor();
    await row.getByRole('link', { name: 'Xem báo cáo' }).click();
    await district.locator('.report-bar').getByRole('button', { name: 'Trả lại' }).click();
    await district.getByLabel('Lý do trả lại').fill('Bổ sung số khẩu vào bảng số liệu.');
    await district.getByRole('dialog').getByRole('button', { name: 'Trả lại' }).click();
    await district.getByText('Bị trả lại').first().waitFor();
    await district.context().close();

    const editor = await loggedIn('tratay');
    await editor.goto(reportUrl);
    await editor.getByText('Bổ sung số khẩu vào bảng số liệu.').first().waitFor();
    await editor.getByLabel('Số khẩu (người) - Số liệu').fill('2.971');
    await saved(editor);
    await editor.screenshot({ path: shot('report-returned') });
    await editor.context().close();

    const leader = await loggedIn('lanhdaotratay');
    await leader.goto(reportUrl);
    await confirmAction(leader, 'Trình lại');
    await leader.getByText('Đã trình, chờ duyệt').first().waitFor();
    await leader.context().close();
  });

  test('huyện tiếp nhận và tải văn bản Word (và PDF) để trình ký', async () => {
    const page = await loggedIn('trabong');
    await page.goto(reportUrl);
    await confirmAction(page, 'Tiếp nhận');
    await page.getByText('Báo cáo đã được cấp trên tiếp nhận: đã khóa.').waitFor();
    await page.getByRole('button', { name: 'Lịch sử' }).click();
    // The last two versions: the commune added the population figure after the return.
    const changes = page.getByRole('region', { name: 'Những thay đổi' });
    await changes.getByText('Số liệu "Đất đai, dân số và hộ nghèo": Số khẩu (người) / Số liệu').waitFor();
    expect(await changes.locator('.diff-added').allInnerTexts()).toContain('2.971');
    await page.screenshot({ path: shot('report-history') });
    await page.keyboard.press('Escape');

    const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải Word' }).click()]);
    expect(word.suggestedFilename()).toBe('BC-41-UBND-Tra-Tay-2025-06-20.docx');
    const zip = await JSZip.loadAsync(fs.readFileSync((await word.path())!));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Số: 41/BC-UBND');
    expect(xml).toContain('Trà Tây, ngày 20 tháng 6 năm 2025');
    expect(xml).toContain('2.971');
    expect(await zip.file('word/footnotes.xml')!.async('string')).toContain('Số liệu rà soát hộ nghèo năm 2025 của UBND xã Trà Tây.');

    if (findSoffice()) {
      const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: 'Tải PDF' }).click()]);
      expect(fs.readFileSync((await pdf.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    }
    await page.goto(requestUrl);
    await page.getByRole('table', { name: 'Tình hình nộp của các đơn vị' }).getByRole('row').filter({ hasText: 'Xã Trà Tây' }).getByText('Đã tiếp nhận').waitFor();
    await page.screenshot({ path: shot('request-progress'), fullPage: true });
    await page.context().close();
    expect(pageErrors).toEqual([]);
  });
});

describe('hai người cùng sửa một báo cáo', () => {
  test('phần khác nhau được gộp tự động; phần trùng thì người lưu sau chọn bản giữ lại', async () => {
    const a = await loggedIn('tratay');
    await a.getByRole('link', { name: /Yêu cầu báo cáo/ }).click();
    await a.getByRole('row').filter({ hasText: 'quý I năm 2025' }).getByRole('link', { name: 'Viết báo cáo' }).click();
    await a.getByRole('button', { name: 'Viết báo cáo' }).click();
    await a.waitForURL(/\/reports\/\d+$/);
    const b = await loggedIn('lanhdaotratay');
    await b.goto(a.url());

    const section = (page: Page, title: string) => page.getByRole('textbox', { name: new RegExp(`^Nội dung mục ${title}`) });
    await section(a, '1. Công tác lãnh chỉ đạo').click();
    await a.keyboard.type('Ban hành Kế hoạch số 44/KH-UBND ngày 27/02/2025.');
    await saved(a);

    await section(b, '2. Công tác tuyên truyền').click();
    await b.keyboard.type('Tuyên truyền trên hệ thống truyền thanh xã.');
    await saved(b);
    await b.getByText('Đã gộp thay đổi', { exact: true }).waitFor();
    await expect.poll(() => section(b, '1. Công tác lãnh chỉ đạo').innerText()).toContain('Ban hành Kế hoạch số 44/KH-UBND');

    await section(a, '5. Nâng cao kỷ luật').click();
    await a.keyboard.type('Bản của công chức.');
    await saved(a);
    await section(b, '5. Nâng cao kỷ luật').click();
    await b.keyboard.type('Bản của lãnh đạo.');
    await b.locator('.report-bar').getByRole('button', { name: /Lưu$/ }).click();
    const dialog = b.getByRole('dialog', { name: /1 phần hai người cùng sửa khác nhau/ });
    await dialog.waitFor();
    await b.screenshot({ path: shot('report-merge') });
    await dialog.getByRole('radio', { name: /Bản của bạn/ }).check();
    await dialog.getByRole('button', { name: 'Gộp và lưu' }).click();
    await b.getByText(/^Đã lưu lúc/).waitFor();

    await a.reload();
    await expect.poll(() => section(a, '5. Nâng cao kỷ luật').innerText()).toContain('Bản của lãnh đạo.');
    expect(await section(a, '1. Công tác lãnh chỉ đạo').innerText()).toContain('Ban hành Kế hoạch số 44/KH-UBND');
    expect(await section(a, '2. Công tác tuyên truyền').innerText()).toContain('Tuyên truyền trên hệ thống truyền thanh xã.');
    await a.context().close();
    await b.context().close();
    expect(pageErrors).toEqual([]);
  });
});
