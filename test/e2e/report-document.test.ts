/**
 * A report that can no longer be edited reads as the document it is, and one being written has a print
 * preview (issue 12, §1.8): seed 000, accepted in 2023, opened by its commune (now merged: read only), and
 * seed 004, a ward's draft; on a laptop and on a phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { demoStage, shot } from './browser.js';

const stage = demoStage();

async function openReport(page: Page, title: RegExp) {
  await page.getByRole('link', { name: 'Báo cáo', exact: true }).first().click();
  await page.getByRole('link', { name: title }).first().click();
}

describe('báo cáo hiện như văn bản', () => {
  test('xã Trà Tây mở báo cáo sơ kết "Dân vận khéo" đã được tiếp nhận', async () => {
    const page = await stage.signIn('tratay');
    await openReport(page, /Sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo”/);
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
    await page.screenshot({ path: shot('report-document-seed000') });

    await page.setViewportSize({ width: 390, height: 844 });
    await doc.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: shot('report-document-phone') });
    await page.context().close();
  });

  test('phường Nguyễn Nghiêm xem trước bản in của dự thảo sơ kết Chỉ thị 08', async () => {
    const page = await stage.signIn('nguyennghiem');
    await openReport(page, /Sơ kết 03 năm thực hiện Chỉ thị số 08-CT\/TU/);
    await page.getByRole('button', { name: 'Xem trước bản in' }).click();
    const preview = page.getByRole('dialog', { name: 'Xem trước bản in' });
    // A ward named after a person writes its place in full (Phụ lục I, II.4.a).
    await preview.getByText(/^Phường Nguyễn Nghiêm, ngày .* năm 2024$/).waitFor();
    expect(await preview.locator('.doc-subject').innerText()).toContain('Sơ kết 03 năm thực hiện Chỉ thị số 08-CT/TU ngày 25/5/2021\ncủa Ban Thường vụ Tỉnh ủy');
    // Seed 004's 1.1-2.9 are bold and upright.
    const sub = preview.locator('.doc-heading').filter({ hasText: /^1\.1\. / }).first();
    expect(await sub.evaluate((el) => [getComputedStyle(el).fontWeight, getComputedStyle(el).fontStyle])).toEqual(['700', 'normal']);
    await page.screenshot({ path: shot('report-preview-seed004') });
    await preview.getByRole('button', { name: 'Đóng' }).click();
    expect(stage.errors).toEqual([]);
    await page.context().close();
  });
});
