/**
 * Thủ tục hành chính, xếp hạng in a real browser: the province's administrator reads Tháp Mười's 2022
 * (seed 002: 4.727 dossiers, 2.384 online = 50,43%, the yearly ranks); a viewer gets no inputs; a commune
 * clerk enters the first quarter of 2026 typed the Vietnamese way, sees the rate and the year's partial
 * sum; an online count above the dossiers is refused at its cell and not kept, a quarter someone else
 * entered meanwhile is reloaded with the server's message; the page on a phone.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { demoStage, shot } from './browser.js';

const stage = demoStage();

/** An input by its whole name (a cell's tick is named after it too). */
const field = (page: Page, name: string) => page.getByRole('spinbutton', { name, exact: true });
const row = (page: Page, name: string) => page.locator('tr', { hasText: name });
/** The text of a row's cell: 1-4 the quarters, 5 the year. */
const cellText = (page: Page, name: string, column: number) => row(page, name).locator('td').nth(column).innerText();

async function pick(page: Page, label: string, typed: string, option: string) {
  const input = page.getByRole('combobox', { name: label });
  await page.locator('.ant-select').filter({ has: input }).click();
  await input.fill(typed);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

async function openPage(page: Page) {
  await page.getByRole('link', { name: 'Thủ tục hành chính' }).click();
  await page.getByRole('heading', { name: 'Thủ tục hành chính, xếp hạng' }).waitFor();
}

describe('thủ tục hành chính, xếp hạng', () => {
  test('số liệu năm 2022 của huyện Tháp Mười: nhập cả năm, tỷ lệ tự tính, xếp hạng năm', async () => {
    const page = await stage.signIn('admin');
    await openPage(page);
    await page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: 'Năm' }) }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Năm 2022' }).click();
    await pick(page, 'Đơn vị', 'thap muoi', 'Huyện Tháp Mười');
    await page.waitForURL(/unit=87\.TM&year=2022/);

    const dossiers = field(page, 'Số hồ sơ thủ tục hành chính tiếp nhận, cả năm 2022');
    await expect.poll(() => dossiers.inputValue()).toBe('4.727');
    expect(await field(page, 'Số hồ sơ tiếp nhận trực tuyến, cả năm 2022').inputValue()).toBe('2.384');
    expect(await cellText(page, 'Tỷ lệ hồ sơ trực tuyến', 5)).toBe('50,43%');
    // Entered for the whole year: the quarters say so instead of offering inputs.
    expect(await cellText(page, 'Số hồ sơ thủ tục hành chính tiếp nhận', 1)).toBe('Nhập cả năm');
    expect(await field(page, 'Số hồ sơ thủ tục hành chính tiếp nhận, quý I năm 2022').count()).toBe(0);
    expect(await field(page, 'Điểm đánh giá công tác dân vận chính quyền, năm 2022').inputValue()).toBe('96');
    expect(await field(page, 'Hạng đánh giá công tác dân vận chính quyền, năm 2022').inputValue()).toBe('7');
    expect(await field(page, 'Hạng Chỉ số cải cách hành chính (PAR Index), năm 2022').inputValue()).toBe('4');
    await page.getByText('Huyện Tháp Mười đã kết thúc hoạt động từ ngày 01/07/2025').waitFor();
    await page.screenshot({ path: shot('procedures-2022'), fullPage: true });
    expect(stage.errors).toEqual([]);
  });

  test('người chỉ có quyền xem không có ô nhập', async () => {
    const page = await stage.signIn('viewer');
    await openPage(page);
    await page.getByText('Bạn chỉ có quyền xem số liệu của đơn vị này.').waitFor();
    await row(page, 'Tỷ lệ hồ sơ trực tuyến').waitFor();
    expect(await page.getByRole('spinbutton').count()).toBe(0);
    expect(stage.errors).toEqual([]);
  });

  test('xã nhập quý I năm 2026: tỷ lệ theo quý, cả năm chưa đủ 4 quý; số trực tuyến lớn hơn số hồ sơ bị từ chối tại ô', async () => {
    const page = await stage.signIn('taytrabong');
    await openPage(page);
    await page.waitForURL(/\/registries\/procedures/);
    const year = new Date().getFullYear();
    const dossiers = field(page, `Số hồ sơ thủ tục hành chính tiếp nhận, quý I năm ${year}`);
    const online = field(page, `Số hồ sơ tiếp nhận trực tuyến, quý I năm ${year}`);

    await dossiers.fill('1.200');
    await dossiers.press('Tab');
    await page.getByRole('img', { name: `Đã lưu: Số hồ sơ thủ tục hành chính tiếp nhận, quý I năm ${year}` }).waitFor();
    await online.fill('500');
    await online.press('Enter');
    await page.getByRole('img', { name: `Đã lưu: Số hồ sơ tiếp nhận trực tuyến, quý I năm ${year}` }).waitFor();
    expect(await dossiers.inputValue()).toBe('1.200');
    await expect.poll(() => cellText(page, 'Tỷ lệ hồ sơ trực tuyến', 1)).toBe('41,67%');
    await expect.poll(() => cellText(page, 'Số hồ sơ thủ tục hành chính tiếp nhận', 5)).toBe('1.200 (chưa đủ 4 quý)');
    expect(await cellText(page, 'Tỷ lệ hồ sơ trực tuyến', 5)).toContain('41,67%');

    await online.fill('1.500');
    await online.press('Tab');
    const refusal = row(page, 'Số hồ sơ tiếp nhận trực tuyến').locator('td').nth(1).getByRole('alert');
    await expect.poll(() => refusal.innerText()).toContain('Số hồ sơ trực tuyến không được lớn hơn tổng số hồ sơ tiếp nhận.');
    expect(await online.getAttribute('aria-invalid')).toBe('true');
    expect(await cellText(page, 'Tỷ lệ hồ sơ trực tuyến', 1)).toBe('41,67%');
    await page.screenshot({ path: shot('procedures-refused') });

    // The refused value is unsaved: leaving asks (the browser's own dialog), and the reload shows 500.
    const asked: string[] = [];
    page.once('dialog', (d) => { asked.push(d.type()); void d.accept(); });
    await page.reload();
    expect(asked).toEqual(['beforeunload']);
    await expect.poll(() => online.inputValue()).toBe('500');
    expect(await page.evaluate(async (y) => {
      const res = await fetch(`/api/v1/units/51.TTB/figures?period=${y}Q1`);
      return ((await res.json()) as Record<string, { value: number }>)['procedure.online']!.value;
    }, year)).toBe(500);

    // Someone else enters quarter II while the page shows it empty: the save is refused, the cell reloads.
    const q2 = field(page, `Số hồ sơ thủ tục hành chính tiếp nhận, quý II năm ${year}`);
    await page.evaluate(async (y) => {
      const csrf = decodeURIComponent(/danvan_csrf=([^;]+)/.exec(document.cookie)![1]!);
      const res = await fetch(`/api/v1/units/51.TTB/figures/procedure.dossiers?period=${y}Q2`, {
        method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify({ value: 900 }),
      });
      if (!res.ok) throw new Error(await res.text());
    }, year);
    await q2.fill('1.000');
    await q2.press('Enter');
    const conflict = row(page, 'Số hồ sơ thủ tục hành chính tiếp nhận').locator('td').nth(2).getByRole('alert');
    await expect.poll(() => conflict.innerText()).toContain('vừa được lưu thành 900');
    await expect.poll(() => q2.inputValue()).toBe('900');
    await expect.poll(() => cellText(page, 'Số hồ sơ thủ tục hành chính tiếp nhận', 5)).toBe('2.100 (chưa đủ 4 quý)');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByText(`Quý I năm ${year}`, { exact: true }).waitFor();
    expect(await online.inputValue()).toBe('500');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: shot('procedures-phone'), fullPage: true });
    expect(stage.errors).toEqual([]);
  });
});
