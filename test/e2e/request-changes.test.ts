/**
 * After sending, in a real browser: the commune deletes a draft it started by mistake, the province
 * extends the deadline of its live quarterly request, then withdraws it with a reason; the commune sees
 * each change on the request's page.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, todayIso } from '../../src/core/vi-format.js';
import { demoStage, shot } from './browser.js';

const stage = demoStage();
const pageErrors = stage.errors;
const loggedIn = stage.signIn;
const [year, month] = todayIso().split('-').map(Number) as [number, number];
const subject = `Báo cáo kết quả công tác dân vận chính quyền quý ${['I', 'II', 'III', 'IV'][Math.ceil(month / 3) - 1]} năm ${year}`;
const shown = (iso: string) => iso.split('-').reverse().join('/');

async function openRequest(page: Page) {
  await page.getByRole('link', { name: /Yêu cầu báo cáo/ }).click();
  await page.getByRole('row').filter({ hasText: subject }).getByRole('link').first().click();
  await page.getByRole('heading', { name: subject }).waitFor();
}

describe('thay đổi sau khi gửi yêu cầu', () => {
  test('xã xóa dự thảo viết nhầm, rồi vẫn viết lại được', async () => {
    const page = await loggedIn('taytrabong');
    await openRequest(page);
    await page.getByRole('button', { name: 'Viết báo cáo' }).click();
    await page.waitForURL(/\/reports\/\d+$/);
    await page.locator('.report-bar').getByRole('button', { name: 'Xóa dự thảo' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xóa dự thảo' }).click();
    await page.getByRole('heading', { name: subject }).waitFor();
    await page.getByRole('button', { name: 'Viết báo cáo' }).waitFor();
    await page.context().close();
  });

  test('tỉnh gia hạn rồi thu hồi yêu cầu; xã thấy ngay', async () => {
    const province = await loggedIn('quangngai');
    await openRequest(province);
    const current = /Hạn nộp (\d{2}\/\d{2}\/\d{4})/.exec(await province.getByText(/^Hạn nộp \d/).first().innerText())![1]!;
    const later = addDays(current.split('/').reverse().join('-'), 7);
    await province.getByRole('button', { name: 'Gia hạn' }).click();
    const input = province.getByLabel('Hạn nộp mới');
    await input.click();
    await input.fill(shown(later));
    await input.press('Enter');
    await province.getByLabel('Lý do gia hạn').fill('Chờ số liệu tiếp công dân cuối quý');
    await province.getByRole('dialog').getByRole('button', { name: 'Gia hạn' }).click();
    await province.getByText(`Hạn nộp ${shown(later)}`).waitFor();

    await province.getByRole('button', { name: 'Thu hồi yêu cầu' }).click();
    await province.getByRole('dialog').getByRole('button', { name: 'Thu hồi' }).click();
    await province.getByRole('dialog').getByRole('alert').filter({ hasText: 'lý do thu hồi' }).waitFor();
    await province.getByLabel('Lý do thu hồi').fill('Gửi nhầm kỳ báo cáo');
    await province.getByRole('dialog').getByRole('button', { name: 'Thu hồi' }).click();
    await province.getByText(/^Yêu cầu đã được thu hồi lúc/).waitFor();
    expect(await province.getByRole('button', { name: 'Gia hạn' }).count()).toBe(0);
    await province.screenshot({ path: shot('request-withdrawn'), fullPage: true });
    await province.context().close();

    const commune = await loggedIn('taytrabong');
    await openRequest(commune);
    await commune.getByText('Lý do: Gửi nhầm kỳ báo cáo.', { exact: false }).waitFor();
    await commune.getByText(`Hạn nộp ${shown(later)}`).waitFor();
    expect(await commune.getByRole('button', { name: 'Viết báo cáo' }).count()).toBe(0);
    await commune.context().close();
    expect(pageErrors).toEqual([]);
  });

  test('người chỉ có quyền xem không thấy nút gửi yêu cầu, và mở thẳng trang gửi thì được báo, không có biểu mẫu', async () => {
    const page = await loggedIn('viewer');
    await page.getByRole('link', { name: /Yêu cầu báo cáo/ }).click();
    await page.getByRole('heading', { name: 'Yêu cầu báo cáo' }).waitFor();
    expect(await page.getByRole('button', { name: 'Gửi yêu cầu báo cáo' }).count()).toBe(0);
    await page.goto(`${stage.server.url}/report-requests/new`);
    await page.getByText('Chỉ lãnh đạo, quản lý của đơn vị (hoặc quản trị hệ thống) được gửi yêu cầu báo cáo xuống các đơn vị cấp dưới.').waitFor();
    expect(await page.getByRole('button', { name: 'Gửi yêu cầu' }).count()).toBe(0);
    expect(await page.getByLabel('Trích yếu yêu cầu').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  test('biểu mẫu gửi yêu cầu báo từng ô sai bằng tên ô, và thôi báo khi đã sửa', async () => {
    const page = await loggedIn('quangngai');
    await page.goto(`${stage.server.url}/report-requests/new`);
    const subjectField = page.getByLabel('Trích yếu yêu cầu');
    await subjectField.waitFor();
    // A new form: no subject and no deadline yet.
    const deadline = page.locator('.ant-form-item').filter({ has: page.getByLabel('Hạn nộp', { exact: true }) });
    await page.getByRole('button', { name: 'Gửi yêu cầu', exact: true }).click();
    const subjectItem = page.locator('.ant-form-item').filter({ has: subjectField });
    await subjectItem.getByText('Trích yếu yêu cầu không được để trống').waitFor();
    await deadline.getByText('Thiếu hạn nộp').waitFor();
    expect(await subjectItem.evaluate((el) => el.classList.contains('ant-form-item-has-error'))).toBe(true);
    const summary = page.getByText(/^Còn \d+ chỗ cần sửa, đã đánh dấu đỏ ở từng ô\.$/);
    const count = async () => Number(/\d+/.exec(await summary.innerText())![0]);
    const before = await count();
    await page.screenshot({ path: shot('request-form-errors') });

    await subjectField.fill('Báo cáo thử nghiệm biểu mẫu');
    await subjectItem.getByText('Trích yếu yêu cầu không được để trống').waitFor({ state: 'detached' });
    expect(await subjectItem.evaluate((el) => el.classList.contains('ant-form-item-has-error'))).toBe(false);
    await expect.poll(count).toBe(before - 1);
    expect(await page.getByText('YYYY-MM-DD').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
