/**
 * The dated registries in a real browser, as a ward's clerk uses them (51.DP.TT, seed 004): inspections
 * filtered by kind and a new one entered (a missing subject and a recommendation settled before the
 * inspection are marked on their fields), an outreach round entered on a phone, a training deleted with a
 * reason; the figures the reports read follow.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, demoStage, shot, typeDate } from './browser.js';

const stage = demoStage();

const figure = (page: Page, code: string, period: string) => page.evaluate(async ([c, p]) => {
  const res = await fetch(`/api/v1/units/51.DP.TT/figures?period=${p}`);
  return ((await res.json()) as Record<string, { value: number | null }>)[c!]!.value ?? 0;
}, [code, period]);

/** Picks an option of a list filter (a Select labelled `label` outside any dialog). */
async function filterBy(page: Page, label: string, option: string) {
  await page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name: label, exact: true }) }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).click();
}

/** The form field labelled `label` in the open dialog. */
const field = (page: Page, label: string) => page.getByRole('dialog').locator('.ant-form-item').filter({ has: page.locator('label', { hasText: label }) });

describe('sổ tuyên truyền, tiếp công dân, tập huấn, kiểm tra giám sát', () => {
  test('kiểm tra, giám sát: lọc chuyên đề, ghi cuộc mới; thiếu nội dung và ngày xong kiến nghị trước ngày giám sát báo ngay tại ô', async () => {
    const page = await stage.signIn('nguyennghiem');
    await page.getByRole('link', { name: 'Kiểm tra, giám sát' }).click();
    await page.getByRole('heading', { name: 'Sổ kiểm tra, giám sát' }).waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(16); // the header and 15 sessions
    const before = await figure(page, 'inspection.sessions', '2026');

    await filterBy(page, 'Loại', 'Chuyên đề');
    await expect.poll(() => page.getByRole('row').count()).toBe(7);
    await page.screenshot({ path: shot('inspections-list') });

    await page.getByRole('button', { name: 'Ghi cuộc kiểm tra, giám sát' }).click();
    const dialog = page.getByRole('dialog');
    await typeDate(page, 'Ngày kiểm tra, giám sát', '20/11/2026');
    await choose(page, 'Loại', 'Chuyên đề');
    await choose(page, 'Cơ quan kiểm tra, giám sát', 'Thường trực HĐND');
    await dialog.getByRole('button', { name: 'Ghi vào sổ' }).click();
    // Checked in the browser by the API's own schema: the subject is marked, nothing was sent.
    await field(page, 'Nội dung kiểm tra, giám sát').getByText('Thiếu nội dung kiểm tra, giám sát').waitFor();

    await dialog.getByLabel('Nội dung kiểm tra, giám sát').fill('Việc giải quyết thủ tục hành chính về đất đai năm 2026');
    await expect.poll(() => field(page, 'Nội dung kiểm tra, giám sát').getByText('Thiếu nội dung kiểm tra, giám sát').count()).toBe(0);
    await dialog.getByLabel('Kiến nghị').fill('Rút ngắn thời gian cấp giấy chứng nhận quyền sử dụng đất.');
    await typeDate(page, 'Ngày thực hiện xong kiến nghị', '10/11/2026');
    await dialog.getByRole('button', { name: 'Ghi vào sổ' }).click();
    // The server's check of the two days, marked on the later one.
    const settled = field(page, 'Ngày thực hiện xong kiến nghị');
    const wrongOrder = 'Ngày thực hiện xong kiến nghị 10/11/2026 trước ngày kiểm tra, giám sát 20/11/2026.';
    await settled.getByText(wrongOrder).waitFor();
    await page.screenshot({ path: shot('inspections-form-error') });
    await typeDate(page, 'Ngày thực hiện xong kiến nghị', '30/11/2026');
    await expect.poll(() => settled.getByText(wrongOrder).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Ghi vào sổ' }).click();
    await page.getByText('Đã lưu cuộc kiểm tra, giám sát "Việc giải quyết thủ tục hành chính về đất đai năm 2026".').waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(8);
    await page.getByRole('row', { name: /Việc giải quyết thủ tục hành chính về đất đai năm 2026/ }).getByText('Đã thực hiện xong kiến nghị').waitFor();
    expect(await figure(page, 'inspection.sessions', '2026')).toBe(before + 1);
    expect(stage.errors).toEqual([]);
  });

  test('tuyên truyền trên điện thoại: danh sách thành thẻ, biểu mẫu vừa màn hình, đợt mới hiện ngay', async () => {
    const page = await stage.signIn('nguyennghiem');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${stage.server.url}/registries/outreach`);
    await page.getByRole('heading', { name: 'Sổ tuyên truyền, phổ biến' }).waitFor();
    await expect.poll(() => page.locator('.ant-list-item').count()).toBe(12);
    const year = String(new Date().getFullYear());
    const before = await figure(page, 'outreach.sessions', year);
    await page.getByRole('button', { name: 'Ghi đợt tuyên truyền' }).click();
    const dialog = page.getByRole('dialog');
    await choose(page, 'Hình thức', 'Họp thôn, tổ dân phố');
    await dialog.getByLabel('Nội dung tuyên truyền').fill('Phổ biến Luật Thực hiện dân chủ ở cơ sở');
    await dialog.getByLabel('Thôn, tổ dân phố').fill('Tổ dân phố 2');
    await dialog.getByRole('spinbutton', { name: 'Số lượt người' }).fill('60');
    await page.screenshot({ path: shot('outreach-phone-form') });
    const box = await dialog.locator('.ant-modal-content').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    await dialog.getByRole('button', { name: 'Ghi vào sổ' }).click();
    await page.getByText('Đã lưu đợt tuyên truyền "Phổ biến Luật Thực hiện dân chủ ở cơ sở".').waitFor();
    const card = page.locator('.ant-list-item').filter({ hasText: 'Phổ biến Luật Thực hiện dân chủ ở cơ sở' });
    await card.getByText(/Họp thôn, tổ dân phố · Tổ dân phố 2 · 60 lượt người/).waitFor();
    await page.screenshot({ path: shot('outreach-phone-list') });
    expect(await figure(page, 'outreach.sessions', year)).toBe(before + 1);
    expect(stage.errors).toEqual([]);
  });

  test('tập huấn: xóa một khóa kèm lý do, bản ghi vẫn xem được với lý do, số lớp giảm', async () => {
    const page = await stage.signIn('nguyennghiem');
    await page.getByRole('link', { name: 'Tập huấn, bồi dưỡng' }).click();
    await page.getByRole('heading', { name: 'Sổ tập huấn, bồi dưỡng' }).waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(3);
    expect(await figure(page, 'training.classes', '2023')).toBe(1);
    await page.getByRole('row', { name: /Tập huấn kỹ năng dân vận/ }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByText(/^Dữ liệu minh họa/).waitFor();
    await drawer.getByRole('button', { name: 'Xóa' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'khỏi sổ?' });
    await expect.poll(() => confirm.getByRole('button', { name: 'Xóa' }).isDisabled()).toBe(true);
    await confirm.getByLabel('Lý do xóa').fill('Ghi trùng với khóa của Ban Dân vận Thị ủy');
    await confirm.getByRole('button', { name: 'Xóa' }).click();
    await page.getByText('Đã xóa khóa tập huấn "Tập huấn kỹ năng dân vận cho cán bộ, công chức cấp xã" khỏi sổ.').waitFor();
    await drawer.locator('.ant-alert-warning').getByText('Lý do: Ghi trùng với khóa của Ban Dân vận Thị ủy').waitFor();
    await expect.poll(() => drawer.getByRole('button', { name: 'Sửa' }).count()).toBe(0);
    await page.screenshot({ path: shot('trainings-deleted') });
    expect(await figure(page, 'training.classes', '2023')).toBe(0);
    await drawer.locator('.ant-drawer-close').click();
    await expect.poll(() => page.getByRole('row').count()).toBe(2);
    expect(stage.errors).toEqual([]);
  });
});
