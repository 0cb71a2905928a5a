/**
 * The document registry is searched the way clerks type (issue 12, §2.8): words without diacritics, a
 * number with dashes for its slash, filters by kind, year and issuer; and a report's cited-documents card
 * says when its lookup failed instead of claiming the report cites nothing. Demo data, on a laptop and a phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { chooseIn, demoStage, shot } from './browser.js';

const stage = demoStage();

/** The numbers listed: the table's first column on a laptop, the cards' titles on a phone. */
async function numbers(page: Page) {
  const cells = page.getByRole('table', { name: 'Sổ văn bản' }).locator('tbody tr.ant-table-row td:first-child');
  const cards = page.locator('.ant-list[aria-label="Sổ văn bản"] .ant-list-item-meta-title');
  return [...await cells.allInnerTexts(), ...await cards.allInnerTexts()].map((t) => t.trim());
}

/** Waits until the table lists exactly `expected` (the page searches once typing stops). */
async function listed(page: Page, expected: string[]) {
  await expect.poll(() => numbers(page).then((n) => n.sort()), { timeout: 30_000 }).toEqual([...expected].sort());
}

describe('tìm trong sổ văn bản', () => {
  test('huyện Trà Bồng tìm "dan van kheo", số "113-CV-BDVHU" và lọc theo loại, năm, cơ quan ban hành', async () => {
    const page = await stage.signIn('trabong');
    await page.getByRole('link', { name: 'Sổ văn bản' }).click();
    await page.getByRole('heading', { name: 'Sổ văn bản' }).waitFor();
    await expect.poll(() => numbers(page).then((n) => n.length)).toBe(7);
    const search = page.getByRole('searchbox', { name: 'Tìm văn bản' });

    // Words typed without diacritics find the công văn on "Dân vận khéo", and nothing else.
    await search.fill('dan van kheo');
    await listed(page, ['1444/UBND-NV']);
    await page.screenshot({ path: shot('document-search-words') });

    // The number with dashes for its slash; a number one digit away finds nothing.
    await search.fill('113-CV-BDVHU');
    await listed(page, ['113-CV/BDVHU']);
    await search.fill('1444 UBND NV');
    await listed(page, ['1444/UBND-NV']);
    await search.fill('1445-UBND-NV');
    await page.getByText('Không có văn bản nào khớp với điều kiện tìm.').waitFor();

    // Filters, alone and together, without a search.
    await search.fill('');
    await chooseIn(page, page, 'Loại văn bản', 'Công văn', { exact: true });
    await chooseIn(page, page, 'Năm ban hành', '2024', { exact: true });
    await listed(page, ['113-CV/BDVHU', '424/PNV']);
    await page.getByRole('textbox', { name: 'Cơ quan ban hành', exact: true }).fill('phong noi vu duc pho');
    await listed(page, ['424/PNV']);
    await page.screenshot({ path: shot('document-search-filters') });
    await page.getByRole('textbox', { name: 'Cơ quan ban hành', exact: true }).fill('tra bong');
    await page.getByText('Không có văn bản nào khớp với điều kiện tìm.').waitFor();

    // On a phone the list becomes cards and the filters wrap within the screen.
    await page.getByRole('textbox', { name: 'Cơ quan ban hành', exact: true }).fill('');
    await search.fill('dan van kheo');
    await page.setViewportSize({ width: 390, height: 844 });
    await listed(page, []);
    await page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: 'Năm ban hành', exact: true }) }).hover();
    await page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: 'Năm ban hành', exact: true }) }).locator('.ant-select-clear').click();
    await listed(page, ['1444/UBND-NV']);
    expect(await page.getByRole('table', { name: 'Sổ văn bản' }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: shot('document-search-phone') });
    expect(stage.errors).toEqual([]);
    await page.context().close();
  });

  test('thẻ "Văn bản được dẫn" báo lỗi khi không tra được, và tra lại được', async () => {
    const page = await stage.signIn('tratay');
    const message = 'Văn bản quá dài (tối đa 500.000 ký tự)';
    await page.route('**/api/v1/documents/resolve', (route) => route.fulfill({
      status: 400, contentType: 'application/json', body: JSON.stringify({ error: { code: 'VALIDATION_ERROR', message } }),
    }));
    // Seed 000, opened by its address (the report list is not what this test is about).
    const body = await (await page.request.get(`${stage.server.url}/api/v1/reports`)).json() as { id: number }[] | { items: { id: number }[] };
    const seed = (Array.isArray(body) ? body : body.items).find((r) => JSON.stringify(r).includes('Sơ kết 03 năm thực hiện Phong trào thi đua “Dân vận khéo”'));
    await page.goto(`${stage.server.url}/reports/${seed!.id}`);
    const alert = page.getByRole('alert').filter({ hasText: 'Không tìm được các văn bản được dẫn trong báo cáo.' });
    await alert.getByText(message).waitFor();
    expect(await page.getByText('Báo cáo chưa dẫn văn bản nào.').count()).toBe(0);
    await alert.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('cited-documents-error') });

    await page.unroute('**/api/v1/documents/resolve');
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await page.getByRole('link', { name: 'Công văn số 1444/UBND-NV ngày 18/5/2023 của UBND huyện Trà Bồng' }).waitFor();
    expect(await alert.count()).toBe(0);
    expect(stage.errors).toEqual([]);
    await page.context().close();
  });
});
