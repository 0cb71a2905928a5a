/**
 * An administrator opens Xã Trà Tây, merged into Xã Tây Trà Bồng on 01/07/2025, sees that its two accounts
 * can no longer write, and hands them over; a merge recorded today offers the same at once.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, todayIso } from '../../src/core/vi-format.js';
import { demoStage, shot } from './browser.js';

const stage = demoStage();
const short = (iso: string) => iso.split('-').reverse().map(Number).join('/');

async function openUnit(page: Page, date: string, unit: string) {
  await page.goto(`${stage.server.url}/units`);
  const tree = page.getByRole('region', { name: 'Cây đơn vị hành chính' });
  await tree.waitFor();
  const picker = page.getByLabel('Xem theo ngày', { exact: true });
  await picker.click();
  await picker.fill(short(date));
  await picker.press('Enter');
  await tree.getByText(unit, { exact: true }).click();
}

describe('bàn giao của đơn vị đã hết hiệu lực', () => {
  test('Trà Tây: thấy tài khoản chưa bàn giao, bàn giao cho Tây Trà Bồng, rồi hết cảnh báo', async () => {
    const page = await stage.signIn('admin');
    await openUnit(page, '2025-06-30', 'Xã Trà Tây');
    const panel = page.getByRole('alert').filter({ hasText: 'còn việc chưa bàn giao' });
    await panel.waitFor();
    await expect.poll(() => panel.textContent()).toContain('Công chức Văn phòng - Thống kê xã Trà Tây');
    expect(await panel.getByRole('combobox', { name: 'Đơn vị nhận bàn giao' }).locator('xpath=ancestor::div[contains(@class,"ant-select")][1]').textContent()).toContain('Tây Trà Bồng');
    expect(await panel.getByRole('checkbox', { name: 'Tài khoản (2)' }).isChecked()).toBe(true);
    await page.screenshot({ path: shot('hand-over-panel'), fullPage: true });
    await panel.getByRole('button', { name: 'Bàn giao' }).click();
    await page.getByText('Đã bàn giao cho Tây Trà Bồng: 2 tài khoản, 0 yêu cầu báo cáo, 0 dự thảo.').waitFor();
    await panel.waitFor({ state: 'detached' });
    expect(stage.errors).toEqual([]);
  });

  test('sáp nhập có hiệu lực hôm nay đề nghị bàn giao luôn; ngày trong tương lai thì để sau', async () => {
    const page = await stage.signIn('admin');
    await openUnit(page, todayIso(), 'Xã Tây Trà Bồng');
    await page.getByRole('button', { name: /Thao tác đơn vị/ }).click();
    await page.getByRole('menuitem', { name: 'Sáp nhập' }).click();
    const drawer = page.locator('.ant-drawer');
    for (const name of ['Tài khoản', 'Yêu cầu báo cáo đang mở', 'Dự thảo chưa trình']) {
      expect(await drawer.getByRole('checkbox', { name }).isChecked(), name).toBe(true);
    }
    const date = drawer.getByLabel('Ngày hiệu lực', { exact: true });
    await date.click();
    await date.fill(short(addDays(todayIso(), 10)));
    await date.press('Enter');
    await drawer.getByRole('checkbox', { name: 'Tài khoản' }).waitFor({ state: 'detached' });
    expect(stage.errors).toEqual([]);
  });
});
