/**
 * Recovery in a real browser: the commune writes, saves twice, then brings the first text back from the
 * history; it becomes a new version, the editor shows it, and nothing after it is lost from the history.
 */
import { describe, expect, test } from 'vitest';
import { todayIso } from '../../src/core/vi-format.js';
import { demoStage, shot } from './browser.js';

const stage = demoStage();
const [year, month] = todayIso().split('-').map(Number) as [number, number];
const subject = `Báo cáo kết quả công tác dân vận chính quyền quý ${['I', 'II', 'III', 'IV'][Math.ceil(month / 3) - 1]} năm ${year}`;

describe('lịch sử phiên bản', () => {
  test('khôi phục một phiên bản cũ thành phiên bản mới', async () => {
    const page = await stage.signIn('taytrabong');
    await page.getByRole('link', { name: /Yêu cầu báo cáo/ }).click();
    await page.getByRole('row').filter({ hasText: subject }).getByRole('link').first().click();
    await page.getByRole('button', { name: 'Viết báo cáo' }).click();
    await page.waitForURL(/\/reports\/\d+$/);
    const save = page.locator('.report-bar').getByRole('button', { name: /Lưu$/ });
    const body = page.getByRole('textbox', { name: /^Nội dung mục 1\. Công tác lãnh chỉ đạo/ });

    await body.click();
    await page.keyboard.type('Ban hành Kế hoạch số 12/KH-UBND.');
    await save.click();
    await page.getByText(/^Đã lưu lúc/).waitFor();
    await body.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Câu viết nhầm.');
    await save.click();
    await expect.poll(() => body.innerText()).toContain('Câu viết nhầm.');
    await expect.poll(() => save.isEnabled()).toBe(false);

    await page.locator('.report-bar').getByRole('button', { name: 'Lịch sử' }).click();
    const drawer = page.getByRole('dialog', { name: 'Lịch sử phiên bản' });
    await drawer.getByRole('listitem').filter({ has: page.getByText('2', { exact: true }) }).getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByRole('dialog', { name: /Khôi phục phiên bản 2/ }).getByRole('button', { name: 'Khôi phục' }).click();
    await page.getByText('Đã khôi phục phiên bản 2 thành phiên bản mới.').waitFor();
    await expect.poll(() => body.innerText()).not.toContain('Câu viết nhầm.');
    expect(await body.innerText()).toContain('Ban hành Kế hoạch số 12/KH-UBND.');

    await page.reload();
    await expect.poll(() => body.innerText()).toContain('Ban hành Kế hoạch số 12/KH-UBND.');
    expect(await body.innerText()).not.toContain('Câu viết nhầm.');
    await page.locator('.report-bar').getByRole('button', { name: 'Lịch sử' }).click();
    // The newest version is the restore; the versions after version 2 are all still listed.
    await drawer.getByRole('listitem').first().getByText('Khôi phục', { exact: true }).waitFor();
    expect(await drawer.getByRole('listitem').count()).toBeGreaterThanOrEqual(4);
    await page.waitForTimeout(500); // the drawer's slide-in, for the picture only
    await page.screenshot({ path: shot('report-restored') });
    expect(stage.errors).toEqual([]);
  });
});
