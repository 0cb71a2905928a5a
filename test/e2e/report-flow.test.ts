/**
 * The whole report flow in a real browser, in today's two-level tree: Tỉnh Quảng Ngãi sends a yearly
 * request to its communes, Xã Tây Trà Bồng's editor writes the report (text, a footnote, a figure, the
 * number), its leader submits, the province returns it with a reason, the commune corrects and resubmits,
 * the province accepts and downloads the official .docx (and .pdf when LibreOffice is installed). Dates
 * count from the day the test runs, as a new user's would.
 */
import fs from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { findSoffice } from '../../src/exports/pdf.js';
import { pdfBusy } from '../../src/exports/pdf-jobs.js';
import { addDays, todayIso } from '../../src/core/vi-format.js';
import { formatPlaceDate } from '../../src/content/document-rules.js';
import { demoStage, shot } from './browser.js';

const stage = demoStage();
const pageErrors = stage.errors;
const loggedIn = stage.signIn;
let requestUrl = '';
let reportUrl = '';

const today = todayIso();
const [year, month, day] = today.split('-').map(Number) as [number, number, number];
/** dd/mm/yyyy, as the date pickers show it. */
const shown = (iso: string) => iso.split('-').reverse().join('/');
// Nghị định 09/2019/NĐ-CP: a year's data are cut off on 14 December.
const cutoff = `${year}-12-14`;
const deadline = addDays([today, cutoff].sort().at(-1)!, 10);
const subject = `Báo cáo công tác dân vận chính quyền năm ${year}`;
const quarterName = `quý ${['I', 'II', 'III', 'IV'][Math.ceil(month / 3) - 1]} năm ${year}`;

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

/** Confirms a workflow step; a report with sections left unwritten is confirmed with "Vẫn ...". */
async function confirmAction(page: Page, action: string) {
  await page.locator('.report-bar').getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: new RegExp(`^(Vẫn )?${action}$`, 'i') }).click();
}

describe('báo cáo từ yêu cầu đến văn bản Word (cây đơn vị hiện nay: tỉnh - xã)', () => {
  test('tỉnh Quảng Ngãi gửi yêu cầu báo cáo năm đến các xã', async () => {
    const page = await loggedIn('quangngai');
    await page.getByRole('link', { name: /Yêu cầu báo cáo/ }).click();
    await page.getByRole('button', { name: 'Gửi yêu cầu báo cáo' }).click();
    // The whole sentence typed and left without clicking the suggestion is read all the same.
    await page.getByLabel('Văn bản căn cứ').fill(`Công văn số 1520/UBND-NV ngày ${shown(today)} của UBND tỉnh Quảng Ngãi về việc báo cáo công tác dân vận chính quyền năm ${year}`);
    await page.getByLabel('Trích yếu yêu cầu').click();
    await page.getByText('Sẽ thêm vào sổ văn bản').waitFor();
    expect(await page.getByLabel('Trích yếu yêu cầu').inputValue()).toBe(subject);

    expect(await page.getByLabel('Ngày ban hành yêu cầu').inputValue()).toBe(shown(today));
    await pick(page, 'Loại báo cáo', 'Báo cáo năm');
    expect(await page.getByLabel('Ngày chốt số liệu').inputValue()).toBe(shown(cutoff));
    const early = addDays(cutoff, -4);
    await typeDate(page, 'Hạn nộp', shown(early));
    await page.getByText(`Hạn nộp (${shown(early)}) trước ngày chốt số liệu (${shown(cutoff)})`).waitFor();
    await typeDate(page, 'Hạn nộp', shown(deadline));
    // A yearly request is offered the yearly outline, chosen already; an outline of another kind is taken with a warning.
    const outline = page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: 'Đề cương báo cáo' }) });
    expect(await outline.locator('.ant-select-selection-item').innerText()).toBe('Báo cáo kết quả thực hiện công tác Dân vận chính quyền năm');
    await pick(page, 'Đề cương báo cáo', 'Dân vận khéo');
    const kindWarning = /là đề cương báo cáo sơ kết, còn yêu cầu là báo cáo năm: các mục và câu gợi ý của đề cương có thể không khớp kỳ báo cáo/;
    await page.getByText(kindWarning).waitFor();
    await page.getByText('Đơn vị phải báo cáo (2/2)').waitFor();
    await page.screenshot({ path: shot('request-new'), fullPage: true });
    // A double click sends one request, not two.
    await page.getByRole('button', { name: 'Gửi yêu cầu' }).dblclick();

    await page.getByRole('heading', { name: subject }).waitFor();
    await page.getByRole('alert').filter({ hasText: kindWarning }).waitFor();
    requestUrl = page.url();
    await page.getByRole('link', { name: /Yêu cầu báo cáo/ }).click();
    await page.getByRole('row').filter({ hasText: subject }).first().waitFor();
    expect(await page.getByRole('row').filter({ hasText: subject }).count()).toBe(1);
    await page.goto(requestUrl);
    const rows = page.getByRole('table', { name: 'Tình hình nộp của các đơn vị' }).getByRole('row');
    await rows.filter({ hasText: 'Xã Tây Trà Bồng' }).getByText('Chưa bắt đầu').waitFor();
    await rows.filter({ hasText: 'Phường Nguyễn Nghiêm' }).getByText('Chưa bắt đầu').waitFor();
    await page.context().close();
  });

  test('xã Tây Trà Bồng thấy thông báo, viết báo cáo có chú thích, số liệu và số văn bản', async () => {
    const page = await loggedIn('taytrabong');
    const notice = page.getByRole('listitem').filter({ hasText: subject });
    await notice.getByText(/^Còn \d+ ngày$/).waitFor();
    await notice.getByRole('link').click();
    await page.getByRole('button', { name: 'Viết báo cáo' }).click();
    await page.waitForURL(/\/reports\/\d+$/);
    reportUrl = page.url();

    const basis = page.getByRole('textbox', { name: 'Đoạn mở đầu (căn cứ)' });
    await expect.poll(() => basis.innerText()).toContain(`Thực hiện Công văn số 1520/UBND-NV ngày ${day}/${month}/${year} của UBND tỉnh Quảng Ngãi`);

    const body = page.getByRole('textbox', { name: 'Nội dung mục I. ĐẶC ĐIỂM TÌNH HÌNH' });
    await body.click();
    await page.keyboard.type('- Toàn xã có 1.480 hộ/6.020 khẩu, hộ nghèo 512 hộ');
    // The toolbar of this section's box, not the first one on the page (the basis paragraph's).
    await page.locator('.report-editor').filter({ has: body }).getByRole('button', { name: 'Thêm chú thích cuối trang' }).click();
    await page.getByLabel('Nội dung chú thích').fill(`Số liệu rà soát hộ nghèo năm ${year} của UBND xã Tây Trà Bồng.`);
    await page.getByRole('button', { name: 'Lưu chú thích' }).click();
    await page.keyboard.type('.');
    await page.getByLabel('Số hộ (hộ) - Số liệu').fill('1480');
    await page.getByLabel('Số', { exact: true }).fill('41');
    await page.getByLabel('Ngày', { exact: true }).fill(String(day));
    await page.getByLabel('Tháng', { exact: true }).fill(String(month));
    await page.getByLabel('Năm', { exact: true }).fill(String(year));
    await page.getByLabel('Chức vụ người ký').fill('CHỦ TỊCH');
    await page.getByLabel('Họ tên người ký').fill('Nguyễn Văn An');
    await page.getByText('Sẽ in: Số: 41/BC-UBND').waitFor();
    await saved(page);
    await page.screenshot({ path: shot('report-editor') });
    await page.getByRole('button', { name: 'Xem trước bản in' }).click();
    const preview = page.getByRole('dialog', { name: 'Xem trước bản in' });
    await preview.getByText('- Toàn xã có 1.480 hộ/6.020 khẩu, hộ nghèo 512 hộ').waitFor();
    await preview.getByText('Số: 41/BC-UBND').waitFor();
    await page.screenshot({ path: shot('report-preview') });
    await preview.getByRole('button', { name: 'Đóng' }).click();
    // An editor drafts; only the unit's leader submits.
    expect(await page.locator('.report-bar').getByRole('button', { name: 'Trình báo cáo' }).count()).toBe(0);
    await page.context().close();
  });

  test('lãnh đạo xã trình báo cáo; báo cáo bị khóa', async () => {
    const page = await loggedIn('lanhdaotaytrabong');
    await page.goto(reportUrl);
    // Only section I was written: the leader is told which sections are empty before it goes up.
    await page.locator('.report-bar').getByRole('button', { name: 'Trình báo cáo', exact: true }).click();
    const warning = page.getByRole('dialog').filter({ hasText: 'Báo cáo còn phần chưa hoàn thành' });
    await warning.getByText('Mục I.1. Thuận lợi: chưa viết nội dung').waitFor();
    await page.screenshot({ path: shot('submit-unfinished') });
    await warning.getByRole('button', { name: 'Vẫn trình báo cáo' }).click();
    await page.getByText('Báo cáo đã trình lên cấp trên, đang chờ duyệt').waitFor();
    await page.getByText('Đã trình, chờ duyệt').first().waitFor();
    await page.context().close();
  });

  test('tỉnh trả lại kèm lý do; xã sửa rồi trình lại', async () => {
    const district = await loggedIn('quangngai');
    await district.goto(requestUrl);
    const row = district.getByRole('table', { name: 'Tình hình nộp của các đơn vị' }).getByRole('row').filter({ hasText: 'Xã Tây Trà Bồng' });
    await row.getByText('Đã nộp đúng hạn').waitFor();
    await row.getByRole('link', { name: 'Xem báo cáo' }).click();
    await district.locator('.report-bar').getByRole('button', { name: 'Trả lại' }).click();
    await district.getByLabel('Lý do trả lại').fill('Bổ sung số khẩu vào bảng số liệu.');
    await district.getByRole('dialog').getByRole('button', { name: 'Trả lại' }).click();
    await district.getByText('Bị trả lại').first().waitFor();
    await district.context().close();

    const editor = await loggedIn('taytrabong');
    await editor.goto(reportUrl);
    await editor.getByText('Bổ sung số khẩu vào bảng số liệu.').first().waitFor();
    await editor.getByLabel('Số khẩu (người) - Số liệu').fill('6.020');
    await saved(editor);
    await editor.screenshot({ path: shot('report-returned') });
    await editor.context().close();

    const leader = await loggedIn('lanhdaotaytrabong');
    await leader.goto(reportUrl);
    await confirmAction(leader, 'Trình lại');
    await leader.getByText('Đã trình, chờ duyệt').first().waitFor();
    await leader.context().close();
  });

  test('tỉnh tiếp nhận và tải văn bản Word (và PDF) để trình ký', async () => {
    const page = await loggedIn('quangngai');
    await page.goto(reportUrl);
    await confirmAction(page, 'Tiếp nhận');
    await page.getByText('Báo cáo đã được cấp trên tiếp nhận: đã khóa.').waitFor();
    // A locked report reads as the document it is, not as greyed-out inputs.
    const document = page.getByRole('article', { name: 'Văn bản báo cáo' });
    await document.getByText('Số: 41/BC-UBND').waitFor();
    await document.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').waitFor();
    await document.getByText(`Số liệu rà soát hộ nghèo năm ${year} của UBND xã Tây Trà Bồng.`).waitFor();
    expect(await page.getByRole('textbox', { name: 'Đoạn mở đầu (căn cứ)' }).count()).toBe(0);
    await page.screenshot({ path: shot('report-document'), fullPage: true });
    await page.getByRole('button', { name: 'Lịch sử' }).click();
    // The last two versions: the commune added the population figure after the return.
    const changes = page.getByRole('region', { name: 'Những thay đổi' });
    await changes.getByText('Số liệu "Đất đai, dân số và hộ nghèo": Số khẩu (người) / Số liệu').waitFor();
    expect(await changes.locator('.diff-added').allInnerTexts()).toContain('6.020');
    await page.screenshot({ path: shot('report-history') });
    await page.keyboard.press('Escape');

    const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải Word' }).click()]);
    expect(word.suggestedFilename()).toBe(`BC-41-UBND-Tay-Tra-Bong-${today}.docx`);
    const zip = await JSZip.loadAsync(fs.readFileSync((await word.path())!));
    const xml = await zip.file('word/document.xml')!.async('string');
    // The symbol's hyphen is Word's non-breaking one (the number never breaks at a line's end).
    expect(xml).toContain('Số: 41/BC</w:t><w:noBreakHyphen/><w:t xml:space="preserve">UBND');
    expect(xml).toContain(formatPlaceDate('Tây Trà Bồng', { year, month, day }));
    expect(xml).toContain('6.020');
    expect(await zip.file('word/footnotes.xml')!.async('string')).toContain(`Số liệu rà soát hộ nghèo năm ${year} của UBND xã Tây Trà Bồng.`);

    if (findSoffice()) {
      // A server already making as many PDFs as it may says so (503 PDF_BUSY): the user reads why and what to do.
      const busy = pdfBusy();
      await page.route('**/export?format=pdf', (route) => route.fulfill({
        status: 503, headers: { 'retry-after': '5' }, contentType: 'application/json',
        body: JSON.stringify({ error: { code: busy.code, message: busy.message, details: busy.details } }),
      }), { times: 1 });
      await page.getByRole('button', { name: 'Tải PDF' }).click();
      const refused = page.getByRole('dialog').filter({ hasText: 'Không tải được tệp' });
      await refused.getByText(busy.message).waitFor();
      await page.screenshot({ path: shot('pdf-busy') });
      await refused.getByRole('button').click();
      await refused.waitFor({ state: 'hidden' });

      const [pdf] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: 'Tải PDF' }).click()]);
      expect(fs.readFileSync((await pdf.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    }
    await page.goto(requestUrl);
    await page.getByRole('table', { name: 'Tình hình nộp của các đơn vị' }).getByRole('row').filter({ hasText: 'Xã Tây Trà Bồng' }).getByText('Đã tiếp nhận').waitFor();
    await page.screenshot({ path: shot('request-progress'), fullPage: true });
    await page.context().close();
    expect(pageErrors).toEqual([]);
  });
});

describe('hai người cùng sửa một báo cáo', () => {
  test('phần khác nhau được gộp tự động; phần trùng thì người lưu sau chọn bản giữ lại', async () => {
    // The demo's live request: this quarter's report from the province.
    const a = await loggedIn('taytrabong');
    await a.getByRole('link', { name: /Yêu cầu báo cáo/ }).click();
    await a.getByRole('row').filter({ hasText: quarterName }).getByRole('link', { name: 'Viết báo cáo' }).click();
    await a.getByRole('button', { name: 'Viết báo cáo' }).click();
    await a.waitForURL(/\/reports\/\d+$/);
    const b = await loggedIn('lanhdaotaytrabong');
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
    // It starts from keeping both texts (a quick click drops no one's sentence), marks where the two differ,
    // and can be put off.
    expect(await dialog.getByRole('radio', { name: /Giữ cả hai/ }).isChecked()).toBe(true);
    expect((await dialog.locator('.diff-added').allInnerTexts()).join(' ')).toContain('lãnh');
    await dialog.getByRole('button', { name: 'Để sau (chưa lưu)' }).click();
    await b.getByText(/^Chưa lưu: có phần hai người cùng sửa chưa gộp/).waitFor();
    expect(await section(b, '5. Nâng cao kỷ luật').innerText()).toContain('Bản của lãnh đạo.');
    await b.locator('.report-bar').getByRole('button', { name: /Lưu$/ }).click();
    await dialog.waitFor();
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
