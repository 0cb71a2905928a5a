/**
 * The petitions registry in a real browser, as a ward's leader keeps it: seed 004's 2023 figures (22 đơn /
 * 21 vụ, 95,2%) come out of the registry; a letter is entered, a second letter about the same matter is
 * offered the same case and joins it (2 đơn / 1 vụ), the case is closed and the rate follows. A
 * denunciation's sender is shown to the ward's leader and hidden from the province. And the report a
 * commune writes for the province's quarterly request fills its petition table from the registry: the
 * rate changes in the report when the case is closed, and a replaced figure needs its reason.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { todayIso } from '../../src/core/vi-format.js';
import { choose, demoStage, shot, typeDate } from './browser.js';

const stage = demoStage();

const figures = (page: Page) => page.getByLabel('Số liệu đơn thư trong năm').locator('.ant-statistic-content-value').allInnerTexts();

async function enterLetter(page: Page, letter: { kind: string; date: string; summary: string; sender?: string }, beforeSave?: () => Promise<void>) {
  await page.getByRole('button', { name: 'Ghi đơn' }).click();
  const dialog = page.getByRole('dialog');
  await choose(page, 'Loại đơn', letter.kind);
  await typeDate(page, 'Ngày nhận đơn', letter.date);
  await dialog.getByLabel('Nội dung tóm tắt').fill(letter.summary);
  if (letter.sender) await dialog.getByLabel('Họ tên người đứng đơn').fill(letter.sender);
  await beforeSave?.();
  await dialog.getByRole('button', { name: 'Ghi vào sổ' }).click();
  await page.getByText(/^Đã lưu đơn số \d+ trong vụ việc số \d+\.$/).last().waitFor();
  await expect.poll(() => dialog.count()).toBe(0);
}

describe('sổ đơn thư, vụ việc', () => {
  test('ghi đơn, gắn đơn thứ hai vào cùng vụ việc, kết thúc vụ việc: số đơn, số vụ và tỷ lệ đổi theo', async () => {
    const page = await stage.signIn('nguyennghiem');
    await page.getByRole('link', { name: 'Đơn thư, vụ việc' }).click();
    await page.getByRole('heading', { name: 'Sổ đơn thư, vụ việc' }).waitFor();
    // The figures open on the year of the latest letter: seed 004's 2023.
    await expect.poll(() => figures(page)).toEqual(['22', '21', '20', '95,2%']);

    await page.getByLabel('Năm số liệu').fill('2024');
    await expect.poll(() => figures(page)).toEqual(['0', '0', '0', '—']);
    await enterLetter(page, { kind: 'Kiến nghị, phản ánh', date: '05/03/2024', summary: 'Phản ánh cống thoát nước tổ dân phố 3 bị tắc gây ngập', sender: 'Trần Văn Mưa' });
    await expect.poll(() => figures(page)).toEqual(['1', '1', '0', '0%']);

    await enterLetter(page, { kind: 'Kiến nghị, phản ánh', date: '19/03/2024', summary: 'Cống thoát nước tổ 3 vẫn tắc, ngập sau mưa' }, async () => {
      const offer = page.getByRole('dialog').getByRole('radio', { name: /Gắn vào vụ việc số \d+: Phản ánh cống thoát nước/ });
      await offer.waitFor();
      await page.screenshot({ path: shot('petitions-same-case') });
      await offer.check();
    });
    await expect.poll(() => figures(page)).toEqual(['2', '1', '0', '0%']);

    await page.getByRole('row', { name: /Phản ánh cống thoát nước tổ dân phố 3/ }).click();
    const drawer = page.locator('.ant-drawer');
    await expect.poll(() => drawer.locator('.ant-list-item').count()).toBe(2);
    await drawer.getByText('Người gửi: Trần Văn Mưa').waitFor();
    await drawer.getByRole('button', { name: 'Xử lý' }).click();
    await typeDate(page, 'Ngày kết thúc', '25/03/2024');
    await page.getByRole('dialog').getByLabel('Kết quả giải quyết').fill('Đã nạo vét cống, trả lời công dân.');
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await drawer.getByText('Đã kết thúc 25/03/2024').waitFor();
    await expect.poll(() => figures(page)).toEqual(['2', '1', '1', '100%']);
    await page.screenshot({ path: shot('petitions-closed') });
    expect(stage.errors).toEqual([]);
  });

  test('người tố cáo: lãnh đạo phường thấy họ tên, cấp tỉnh không thấy ở bất kỳ đâu', async () => {
    const ward = await stage.signIn('nguyennghiem');
    await ward.goto(`${stage.server.url}/registries/petitions`);
    await enterLetter(ward, { kind: 'Tố cáo', date: '10/04/2024', summary: 'Tố cáo cán bộ nhận tiền khi làm hồ sơ', sender: 'Lò Thị Xuyến' }, async () => {
      await ward.getByRole('dialog').getByText('Thông tin người tố cáo được giữ bí mật').waitFor();
    });
    await ward.getByRole('row', { name: /Tố cáo cán bộ nhận tiền/ }).click();
    await ward.locator('.ant-drawer').getByText('Người gửi: Lò Thị Xuyến').waitFor();

    const province = await stage.signIn('quangngai');
    await province.goto(`${stage.server.url}/registries/petitions?tab=letters`);
    await province.getByRole('row', { name: /Tố cáo cán bộ nhận tiền/ }).click();
    const drawer = province.locator('.ant-drawer');
    await drawer.getByText('Người gửi: Người tố cáo (thông tin được giữ bí mật)').waitFor();
    expect(await province.content()).not.toContain('Xuyến');
    await province.screenshot({ path: shot('petitions-protected') });
    expect(stage.errors).toEqual([]);
  });

  test('báo cáo quý tự điền số đơn, số vụ từ sổ; kết thúc vụ việc thì tỷ lệ trong báo cáo đổi theo', async () => {
    const page = await stage.signIn('taytrabong');
    const today = todayIso().split('-').reverse().join('/');
    await page.goto(`${stage.server.url}/registries/petitions`);
    await enterLetter(page, { kind: 'Kiến nghị, phản ánh', date: today, summary: 'Phản ánh trạm bơm thôn 3 hỏng, ruộng không có nước tưới' });
    await enterLetter(page, { kind: 'Kiến nghị, phản ánh', date: today, summary: 'Trạm bơm thôn 3 vẫn hỏng, không có nước tưới' }, async () => {
      await page.getByRole('dialog').getByRole('radio', { name: /Gắn vào vụ việc số \d+: Phản ánh trạm bơm thôn 3/ }).check();
    });

    // The province's quarterly request, from the notice on the dashboard.
    await page.getByRole('link', { name: 'Tổng quan' }).click();
    await page.getByRole('listitem').filter({ hasText: /Báo cáo kết quả công tác dân vận chính quyền quý/ }).getByRole('link').click();
    await page.getByRole('button', { name: 'Viết báo cáo' }).click();
    await page.waitForURL(/\/reports\/\d+$/);
    const reportUrl = page.url();
    const figure = (row: string) => page.getByRole('button', { name: new RegExp(`^${row.replace(/[()%]/g, '\\$&')} - Trong quý: `) });
    await figure('Đơn tiếp nhận (đơn)').filter({ hasText: 'Từ sổ' }).waitFor();
    expect(await figure('Đơn tiếp nhận (đơn)').getAttribute('aria-label')).toBe('Đơn tiếp nhận (đơn) - Trong quý: 2');
    expect(await figure('Vụ việc (vụ)').getAttribute('aria-label')).toBe('Vụ việc (vụ) - Trong quý: 1');
    expect(await figure('Tỷ lệ giải quyết (%)').getAttribute('aria-label')).toBe('Tỷ lệ giải quyết (%) - Trong quý: 0');

    // The case is answered; the report, opened again, follows.
    await page.goto(`${stage.server.url}/registries/petitions`);
    await page.getByRole('row', { name: /Phản ánh trạm bơm thôn 3/ }).click();
    await page.locator('.ant-drawer').getByRole('button', { name: 'Xử lý' }).click();
    await typeDate(page, 'Ngày kết thúc', today);
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await page.locator('.ant-drawer').getByText(`Đã kết thúc ${today}`).waitFor();
    await page.goto(reportUrl);
    await expect.poll(() => figure('Tỷ lệ giải quyết (%)').getAttribute('aria-label')).toBe('Tỷ lệ giải quyết (%) - Trong quý: 100');

    // A figure the registry gives is replaced only with a reason.
    // A loaded CI machine once lost the open popover between typing and applying (never seen here): when
    // the refusal does not show, the popover is opened again if it closed and the figure typed again.
    const valueBox = page.getByLabel('Số liệu sửa: Đơn tiếp nhận (đơn) - Trong quý');
    for (let attempt = 0; ; attempt++) {
      if (!(await valueBox.isVisible())) await figure('Đơn tiếp nhận (đơn)').click();
      await valueBox.fill('3');
      await page.getByRole('button', { name: 'Sửa số liệu' }).click();
      const refused = await page.getByText('Cần lý do sửa số liệu').waitFor({ timeout: 10_000 }).then(() => true, () => false);
      if (refused) break;
      await page.screenshot({ path: shot(`petitions-override-retry-${attempt}`) });
      if (attempt === 2) throw new Error('Sửa số liệu không có lý do mà không thấy thông báo "Cần lý do sửa số liệu"');
    }
    await page.getByLabel('Lý do sửa: Đơn tiếp nhận (đơn) - Trong quý').fill('Một đơn nhận qua bưu điện chưa vào sổ');
    await page.getByRole('button', { name: 'Sửa số liệu' }).click();
    await figure('Đơn tiếp nhận (đơn)').filter({ hasText: 'Đã sửa' }).waitFor();
    const save = page.locator('.report-bar').getByRole('button', { name: /Lưu$/ });
    if (await save.isEnabled()) await save.click();
    await page.getByText(/^Đã lưu lúc/).waitFor();
    await page.reload();
    await figure('Đơn tiếp nhận (đơn)').filter({ hasText: 'Đã sửa' }).waitFor();
    expect(await figure('Đơn tiếp nhận (đơn)').getAttribute('aria-label')).toBe('Đơn tiếp nhận (đơn) - Trong quý: 3');
    await figure('Đơn tiếp nhận (đơn)').scrollIntoViewIfNeeded();
    await figure('Đơn tiếp nhận (đơn)').click();
    await page.getByRole('button', { name: 'Dùng số liệu từ sổ' }).waitFor();
    await page.screenshot({ path: shot('report-figures'), fullPage: false });
    expect(stage.errors).toEqual([]);
  });
});
