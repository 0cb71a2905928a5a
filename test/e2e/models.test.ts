/**
 * The "Dân vận khéo" registry in a real browser, as a ward's clerk uses it: seed 004's models are listed,
 * found by words typed without diacritics, a stopped model without its year is marked on the field (and
 * saved once the year is given), and a new model is entered on a phone; the counts follow.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, demoStage, shot } from './browser.js';

const stage = demoStage();

const modelsCount = (page: Page, period: string) => page.evaluate(async (p) => {
  const res = await fetch(`/api/v1/units/51.DP.TT/figures?period=${p}`);
  return ((await res.json()) as Record<string, { value: number }>)['models.count']!.value;
}, period);

describe('sổ mô hình "Dân vận khéo"', () => {
  test('tìm không dấu, sửa tình trạng: thiếu năm dừng thì báo ngay tại ô, có năm thì lưu và số liệu đổi theo', async () => {
    const page = await stage.signIn('nguyennghiem');
    await page.getByRole('link', { name: 'Mô hình "Dân vận khéo"' }).click();
    await page.getByRole('heading', { name: 'Sổ mô hình "Dân vận khéo"' }).waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(17); // the header and 16 models
    expect(await modelsCount(page, '2023')).toBe(16);

    await page.getByLabel('Tìm mô hình').fill('camera an ninh');
    await expect.poll(() => page.getByRole('row').count()).toBe(3);
    await page.getByRole('row', { name: /^Camera an ninh UBND/ }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByRole('button', { name: 'Sửa' }).click();
    await choose(page, 'Tình trạng', 'Đã dừng');
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    const stopYear = page.getByRole('dialog').locator('.ant-form-item').filter({ hasText: 'Năm dừng' });
    await stopYear.getByText('Mô hình đã dừng: cần năm dừng.').waitFor();
    await page.screenshot({ path: shot('models-stop-year') });
    await stopYear.getByRole('spinbutton').fill('2022');
    // The mark clears as soon as the field is fixed.
    await expect.poll(() => stopYear.getByText('Mô hình đã dừng: cần năm dừng.').count()).toBe(0);
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await drawer.getByText('Đã dừng (2022)').waitFor();
    expect(await modelsCount(page, '2023')).toBe(15);
    expect(await modelsCount(page, '2022')).toBe(16);
    expect(stage.errors).toEqual([]);
  });

  test('ghi một mô hình mới trên điện thoại: danh sách thành thẻ, biểu mẫu vừa màn hình', async () => {
    const page = await stage.signIn('nguyennghiem');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${stage.server.url}/registries/models`);
    await page.getByRole('button', { name: 'Ghi mô hình' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên mô hình').fill('Tổ tự quản vệ sinh môi trường khu dân cư');
    await choose(page, 'Lĩnh vực', 'Văn hóa - xã hội');
    await choose(page, 'Tổ chức thực hiện', 'Hội Liên hiệp Phụ nữ');
    await dialog.getByLabel('Thôn, tổ dân phố').fill('Tổ dân phố 3');
    await page.screenshot({ path: shot('models-phone-form') });
    const box = await dialog.locator('.ant-modal-content').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    await dialog.getByRole('button', { name: 'Ghi vào sổ' }).click();
    await page.getByText('Đã lưu mô hình "Tổ tự quản vệ sinh môi trường khu dân cư".').waitFor();
    await page.locator('.ant-list').getByText('Tổ tự quản vệ sinh môi trường khu dân cư').waitFor();
    await page.screenshot({ path: shot('models-phone-list') });
    expect(await modelsCount(page, String(new Date().getFullYear()))).toBeGreaterThanOrEqual(16);
    expect(stage.errors).toEqual([]);
  });
});
