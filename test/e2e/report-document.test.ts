/**
 * A report that can no longer be edited reads as the document it is, and one being written has a print
 * preview (issue 12, §1.8): seed 000, accepted in 2023, opened by its commune (now merged: read only), and
 * seed 004, a ward's draft; on a laptop and on a phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { demoStage, shot } from './browser.js';

const stage = demoStage();

/** Opens the unit's report by its address (the list page is another test's subject). */
async function openReport(page: Page, unitCode: string) {
  const id = await page.evaluate(async (code) => {
    const list = await (await fetch(`/api/v1/reports?unitCode=${code}`)).json() as { id: number }[] | { items: { id: number }[] };
    return (Array.isArray(list) ? list : list.items)[0]!.id;
  }, unitCode);
  await page.goto(new URL(`/reports/${id}`, page.url()).href);
}

describe('báo cáo hiện như văn bản', () => {
  test('xã Trà Tây mở báo cáo sơ kết "Dân vận khéo" đã được tiếp nhận', async () => {
    const page = await stage.signIn('tratay');
    await openReport(page, '51.TB.TT');
    const doc = page.getByRole('article', { name: 'Văn bản báo cáo' });
    await doc.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').waitFor();
    await doc.getByText('Trà Tây, ngày 14 tháng 6 năm 2023').waitFor();
    await doc.getByText('Số: 39/BC-UBND').waitFor();
    // "Số:" stands level with the place and date, as the decree's layout has them on one line.
    const number = await doc.locator('.doc-number').boundingBox();
    const place = await doc.locator('.doc-place').boundingBox();
    expect(Math.abs(number!.y - place!.y)).toBeLessThan(2);
    expect(await doc.getByRole('list', { name: 'Chú thích' }).getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await page.getByRole('textbox').count()).toBe(0);
    // The seed has no tables: none of the template's figure tables is printed; its figures read as written.
    expect(await doc.locator('.doc-figures').count()).toBe(0);
    await doc.getByText(/rừng sản xuất chiếm: 715,10 ha/).waitFor();
    await page.screenshot({ path: shot('report-document-seed000') });

    await page.setViewportSize({ width: 390, height: 844 });
    await doc.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: shot('report-document-phone') });
    await page.context().close();
  });

  test('phường Nguyễn Nghiêm xem trước bản in của dự thảo sơ kết Chỉ thị 08', async () => {
    const page = await stage.signIn('nguyennghiem');
    await openReport(page, '51.DP.TT');
    await page.getByRole('button', { name: 'Xem trước bản in' }).click();
    const preview = page.getByRole('dialog', { name: 'Xem trước bản in' });
    // A ward named after a person writes its place in full (Phụ lục I, II.4.a).
    await preview.getByText(/^Phường Nguyễn Nghiêm, ngày .* năm 2024$/).waitFor();
    expect(await preview.locator('.doc-subject').innerText()).toContain('Sơ kết 03 năm thực hiện Chỉ thị số 08-CT/TU ngày 25/5/2021\ncủa Ban Thường vụ Tỉnh ủy');
    // Seed 004's 1.1-2.9 are bold and upright.
    const sub = preview.locator('.doc-heading').filter({ hasText: /^1\.1\. / }).first();
    expect(await sub.evaluate((el) => [getComputedStyle(el).fontWeight, getComputedStyle(el).fontStyle])).toEqual(['700', 'normal']);
    // None of the template's figure tables is placed in the seed's document.
    expect(await preview.locator('.doc-figures').count()).toBe(0);
    await page.screenshot({ path: shot('report-preview-seed004') });
    await preview.getByRole('button', { name: 'Đóng' }).click();

    // The editor keeps the seed's "hơn 570"; the writer places the table, and the document prints it as written.
    const table = page.locator('.figure-table').filter({ hasText: 'Tuyên truyền, phổ biến giáo dục pháp luật' });
    await table.getByRole('button', { name: 'Lượt người tham dự - Cả giai đoạn: hơn 570' }).waitFor();
    const place = table.getByRole('switch', { name: 'In bảng "Tuyên truyền, phổ biến giáo dục pháp luật" trong văn bản' });
    expect(await place.getAttribute('aria-checked')).toBe('false');
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('report-figure-table-unplaced') });
    await place.click();
    await table.getByText('In trong văn bản', { exact: true }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('report-figure-table-phone') });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('button', { name: 'Xem trước bản in' }).click();
    const printed = preview.locator('.doc-figures');
    await printed.filter({ hasText: 'Tuyên truyền, phổ biến giáo dục pháp luật' }).waitFor();
    expect(await printed.count()).toBe(1);
    expect(await printed.locator('td.doc-num').allInnerTexts()).toEqual(['12', 'hơn 570']);
    await printed.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('report-preview-placed-table') });
    await preview.getByRole('button', { name: 'Đóng' }).click();
    expect(stage.errors).toEqual([]);
    await page.context().close();
  });
});
