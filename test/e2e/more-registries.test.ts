/**
 * The awards, disclosures, voters' petitions and officers registries in a real browser. Trà Tây's clerk
 * (tratay, 51.TB.TT, ended 01/07/2025) reads its award decision 197/QĐ-UBND but records none; the clerk of
 * the commune that succeeded it (taytrabong, 51.TTB) enters an award decision (refused on its field without
 * anyone commended, then counted in the year's figures), a disclosure published after the law's 5 working
 * days (across Tết 2026, flagged in the list and the drawer, on a desktop and a phone) and a voters' petition
 * with an answer date but no answer; a ward's leader (nguyennghiem, 51.DP.TT) reads the officer in charge
 * and opens his decision in the document registry.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, demoStage, shot, typeDate } from './browser.js';

const stage = demoStage();

const figure = (page: Page, unitCode: string, code: string, period: string) => page.evaluate(async ([u, c, p]) => {
  const res = await fetch(`/api/v1/units/${u}/figures?period=${p}`);
  return ((await res.json()) as Record<string, { value: number | null }>)[c!]!.value ?? 0;
}, [unitCode, code, period]);

/** A screenshot once the page's transitions (a drawer sliding in, a list fading in) have ended. */
async function snap(page: Page, name: string) {
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity).map((a) => a.finished.catch(() => undefined))).then(() => undefined));
  await page.screenshot({ path: shot(name) });
}

/** The form field labelled `label` in the open dialog. */
const field = (page: Page, label: string) => page.getByRole('dialog').locator('.ant-form-item').filter({ has: page.locator('label', { hasText: label }) });

describe('sổ khen thưởng, công khai, kiến nghị cử tri, cán bộ phụ trách', () => {
  test('khen thưởng: quyết định không có ai được khen báo tại ô số cá nhân; ghi lại thì số quyết định của năm tăng', async () => {
    // Trà Tây ended on 01/07/2025: its clerk reads its decisions but records no new one.
    const reader = await stage.signIn('tratay');
    await reader.getByRole('link', { name: 'Khen thưởng' }).click();
    await reader.getByRole('heading', { name: 'Sổ khen thưởng' }).waitFor();
    await reader.getByRole('row', { name: /197\/QĐ-UBND/ }).getByText('2 hộ gia đình').waitFor();
    expect(await reader.getByRole('button', { name: 'Ghi quyết định khen thưởng' }).count()).toBe(0);
    await snap(reader, 'awards-read-only');
    await reader.context().close();

    // The commune that succeeded it records this year's decisions, linked to one of its models.
    const page = await stage.signIn('taytrabong');
    await page.evaluate(async () => {
      const csrf = decodeURIComponent(/(?:^|;\s*)danvan_csrf=([^;]+)/.exec(document.cookie)![1]!);
      const res = await fetch('/api/v1/registries/models', {
        method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({ unitCode: '51.TTB', name: 'Nồi cháo tình thương', owner: 'women', field: 'culture_society', startYear: 2025 }),
      });
      if (!res.ok) throw new Error(await res.text());
    });
    await page.getByRole('link', { name: 'Khen thưởng' }).click();
    await page.getByRole('heading', { name: 'Sổ khen thưởng' }).waitFor();
    expect(await figure(page, '51.TTB', 'award.decisions', '2026')).toBe(0);

    await page.getByRole('button', { name: 'Ghi quyết định khen thưởng' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Số, ký hiệu quyết định').fill('215/QĐ-UBND');
    await typeDate(page, 'Ngày quyết định', '20/11/2026');
    await dialog.getByLabel('Thành tích được khen thưởng').fill('Tích cực tham gia mô hình "Nồi cháo tình thương" năm 2026');
    await choose(page, 'Mô hình "Dân vận khéo"', 'Nồi cháo tình thương');
    await dialog.getByRole('button', { name: 'Ghi vào sổ' }).click();
    // The server's check, marked on the first of the three counts.
    const noRecipient = 'Quyết định khen thưởng phải có ít nhất một cá nhân, tập thể hoặc hộ gia đình.';
    await field(page, 'Số cá nhân').getByText(noRecipient).waitFor();
    await snap(page, 'awards-form-error');
    // Any of the three counts answers it.
    await dialog.getByRole('spinbutton', { name: 'Số hộ gia đình' }).fill('3');
    await expect.poll(() => field(page, 'Số cá nhân').getByText(noRecipient).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Ghi vào sổ' }).click();
    await page.getByText('Đã lưu quyết định khen thưởng "215/QĐ-UBND".').waitFor();
    await page.getByRole('row', { name: /215\/QĐ-UBND/ }).getByText('3 hộ gia đình').waitFor();
    await snap(page, 'awards-list');
    expect(await figure(page, '51.TTB', 'award.decisions', '2026')).toBe(1);

    // The drawer links the model and the decision, registered in the document registry.
    await page.getByRole('row', { name: /215\/QĐ-UBND/ }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByRole('link', { name: 'Nồi cháo tình thương' }).waitFor();
    await snap(page, 'awards-drawer');
    await drawer.getByRole('link', { name: '215/QĐ-UBND' }).click();
    await page.waitForURL(/\/documents\?id=\d+$/);
    await page.locator('.ant-drawer').getByText('Tích cực tham gia mô hình').waitFor();

    // On a phone: the decisions as cards, the form within the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${stage.server.url}/registries/awards`);
    await page.locator('.ant-list-item').filter({ hasText: '215/QĐ-UBND' }).getByText(/20\/11\/2026 · 3 hộ gia đình/).waitFor();
    await snap(page, 'awards-phone-list');
    await page.getByRole('button', { name: 'Ghi quyết định khen thưởng' }).click();
    await page.getByRole('dialog').getByLabel('Số, ký hiệu quyết định').waitFor();
    await snap(page, 'awards-phone-form');
    expect((await page.getByRole('dialog').locator('.ant-modal-content').boundingBox())!.width).toBeLessThanOrEqual(390);
    expect(stage.errors).toEqual([]);
  });

  test('công khai: ban hành 12/02/2026, công khai 27/02/2026 là quá 5 ngày làm việc (hạn 26/02, qua Tết); cảnh báo ở danh sách và trong sổ', async () => {
    const page = await stage.signIn('taytrabong');
    await page.getByRole('link', { name: 'Công khai, dân chủ cơ sở' }).click();
    await page.getByRole('heading', { name: 'Sổ công khai (dân chủ ở cơ sở)' }).waitFor();
    await page.getByText('Chưa có nội dung công khai nào.').waitFor();

    await page.getByRole('button', { name: 'Ghi nội dung công khai' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nội dung công khai').fill('Dự toán ngân sách xã năm 2026');
    await choose(page, 'Nhóm nội dung', 'Nhân dân biết');
    await choose(page, 'Hình thức công khai', 'Niêm yết tại trụ sở');
    await dialog.getByLabel('Văn bản được công khai').fill('Nghị quyết số 12/NQ-HĐND');
    await typeDate(page, 'Ngày ban hành', '12/02/2026');
    await typeDate(page, 'Ngày bắt đầu công khai', '27/02/2026');
    await typeDate(page, 'Ngày kết thúc công khai', '31/03/2026');
    await dialog.getByLabel('Địa điểm').fill('Bảng tin trụ sở UBND xã');
    await snap(page, 'disclosures-form');
    await dialog.getByRole('button', { name: 'Ghi vào sổ' }).click();
    await page.getByText('Đã lưu nội dung công khai "Dự toán ngân sách xã năm 2026".').waitFor();

    const late = 'Công khai ngày 27/02/2026, quá 5 ngày làm việc kể từ ngày ban hành 12/02/2026 (hạn 26/02/2026, Điều 12.3 Luật Thực hiện dân chủ ở cơ sở).';
    const tag = page.getByRole('row', { name: /Dự toán ngân sách xã năm 2026/ }).getByText('Chưa đúng thời hạn luật định');
    await tag.hover();
    await page.getByRole('tooltip').getByText(late).waitFor();
    await snap(page, 'disclosures-list');

    await page.getByRole('row', { name: /Dự toán ngân sách xã năm 2026/ }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.locator('.ant-alert-warning').getByText(late).waitFor();
    await drawer.getByText('26/02/2026 (5 ngày làm việc)').waitFor();
    await snap(page, 'disclosures-drawer');
    await drawer.locator('.ant-drawer-close').click();

    // On a phone the card carries the tag under its summary.
    await page.setViewportSize({ width: 390, height: 844 });
    const card = page.locator('.ant-list-item').filter({ hasText: 'Dự toán ngân sách xã năm 2026' });
    await card.getByText('Chưa đúng thời hạn luật định').waitFor();
    await snap(page, 'disclosures-phone-list');
    await card.click();
    await drawer.locator('.ant-alert-warning').getByText(late).waitFor();
    await snap(page, 'disclosures-phone-drawer');
    expect(stage.errors).toEqual([]);
  });

  test('kiến nghị cử tri: có ngày trả lời mà chưa có nội dung trả lời báo tại ô; ghi đủ thì hiện "Đã trả lời"', async () => {
    const page = await stage.signIn('taytrabong');
    await page.getByRole('link', { name: 'Kiến nghị cử tri' }).click();
    await page.getByRole('heading', { name: 'Sổ kiến nghị cử tri' }).waitFor();
    await page.getByRole('button', { name: 'Ghi kiến nghị cử tri' }).click();
    const dialog = page.getByRole('dialog');
    await typeDate(page, 'Ngày tiếp nhận', '20/11/2026');
    await choose(page, 'Nơi kiến nghị', 'Kỳ họp HĐND xã');
    await dialog.getByLabel('Nội dung kiến nghị').fill('Đề nghị sửa chữa tuyến đường liên thôn Vàng - thôn Tre');
    await dialog.getByLabel('Lĩnh vực').fill('Giao thông');
    await typeDate(page, 'Ngày trả lời', '01/12/2026');
    await dialog.getByRole('button', { name: 'Ghi vào sổ' }).click();
    const missing = 'Đã có ngày trả lời thì cần nội dung trả lời.';
    await field(page, 'Nội dung trả lời').getByText(missing).waitFor();
    await snap(page, 'voter-petitions-form-error');
    await dialog.getByLabel('Nội dung trả lời').fill('UBND xã đưa tuyến đường vào kế hoạch sửa chữa quý I năm 2027.');
    await expect.poll(() => field(page, 'Nội dung trả lời').getByText(missing).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Ghi vào sổ' }).click();
    await page.getByText('Đã lưu kiến nghị cử tri "Đề nghị sửa chữa tuyến đường liên thôn Vàng - thôn Tre".').waitFor();
    await page.getByRole('row', { name: /Đề nghị sửa chữa tuyến đường liên thôn/ }).getByText('Đã trả lời').waitFor();
    await snap(page, 'voter-petitions-list');
    expect(stage.errors).toEqual([]);
  });

  test('cán bộ phụ trách: đồng chí đang phụ trách và quyết định phân công mở được trong sổ văn bản', async () => {
    const page = await stage.signIn('nguyennghiem');
    await page.getByRole('link', { name: 'Cán bộ phụ trách dân vận' }).click();
    await page.getByRole('heading', { name: 'Cán bộ phụ trách công tác dân vận' }).waitFor();
    const row = page.getByRole('row', { name: /Đỗ Ngọc Thìn/ });
    await row.getByText('Đang phụ trách').waitFor();
    await snap(page, 'officers-list');
    await row.click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText('16/02/2024 - nay').waitFor();
    await snap(page, 'officers-drawer');
    await drawer.getByRole('link', { name: '59/QĐ-UBND' }).click();
    await page.waitForURL(/\/documents\?id=\d+$/);
    await page.locator('.ant-drawer').getByText('16/02/2024').waitFor();
    expect(stage.errors).toEqual([]);
  });
});
