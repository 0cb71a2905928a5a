/**
 * Keyboard users: the first Tab reaches a skip link past the menu, and a field holding the keyboard is
 * outlined in blue, not in the red that marks an error.
 */
import { describe, expect, test } from 'vitest';
import { demoStage, shot } from './browser.js';

const stage = demoStage();

describe('bàn phím', () => {
  test('Tab đầu tiên là liên kết bỏ qua menu; ô đang nhập viền xanh, không đỏ như ô lỗi', async () => {
    const page = await stage.signIn('nguyennghiem');
    await page.goto(`${stage.server.url}/registries/models`);
    await page.getByRole('heading', { name: 'Sổ mô hình "Dân vận khéo"' }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua menu, đến nội dung chính' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');

    const search = page.getByLabel('Tìm mô hình');
    await search.focus();
    const wrapper = page.locator('.ant-input-affix-wrapper-focused, .ant-input:focus').first();
    await wrapper.waitFor();
    // The border eases into its colour.
    await expect.poll(() => wrapper.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(29, 78, 216)');
    await page.screenshot({ path: shot('focus-blue') });
    expect(stage.errors).toEqual([]);
  });
});
