/**
 * Nothing typed is lost by leaving, in a real browser: a menu click out of the editor, the request form or
 * an account dialog with unsaved changes asks first (and the editor can save on the way out); a session that
 * ends mid-sentence gives the text back after logging in again; words typed while a save is out survive
 * the merge with a colleague's save; a click beside a dialog does not close it.
 */
import { describe, expect, test } from 'vitest';
import type { Page, Route } from 'playwright-core';
import type { ReportOut } from '../../src/reports/schema.js';
import { demoStage, newDraft, shot } from './browser.js';

const stage = demoStage();

const section = (page: Page, index: number) => page.getByRole('textbox', { name: /^Nội dung mục/ }).nth(index);

/** The report as the server holds it now, read with the page's own session. */
const stored = (page: Page, id: number) => page.evaluate(async (reportId) => {
  const res = await fetch(`/api/v1/reports/${reportId}`);
  return (await res.json()) as ReportOut;
}, id);
const storedText = async (page: Page, id: number) => JSON.stringify((await stored(page, id)).content.sections);

describe('rời trang không mất những gì đã nhập', () => {
  test('rời trình soạn bằng menu khi chưa lưu: hỏi trước, ở lại giữ chữ, "Lưu rồi rời trang" lưu lên máy chủ', async () => {
    const page = await stage.signIn('taytrabong');
    const id = await newDraft(page);
    const words = 'Câu vừa gõ, chưa kịp tự lưu.';
    await section(page, 0).click();
    await page.keyboard.type(words);
    // Well within the 4 s before the autosave.
    await page.getByRole('link', { name: 'Tổng quan' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Có thay đổi chưa lưu' });
    await dialog.waitFor();
    await page.screenshot({ path: shot('leaving-editor') });
    await dialog.getByRole('button', { name: 'Ở lại' }).click();
    expect(page.url()).toMatch(new RegExp(`/reports/${id}$`));
    await expect.poll(() => section(page, 0).textContent()).toContain(words);

    const consoleErrors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    await section(page, 0).click();
    await page.keyboard.type(' Thêm.');
    await page.getByRole('link', { name: 'Tổng quan' }).click();
    await dialog.getByRole('button', { name: 'Lưu rồi rời trang' }).click();
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    expect(await storedText(page, id)).toContain(`${words} Thêm.`);
    expect(consoleErrors.filter((e) => /blocker|Router/i.test(e))).toEqual([]);

    // Logging out with unsaved text asks too.
    await page.goBack();
    // Hold the saves back from here on, so these words are still unsaved when the user drops them however
    // slow the machine is (an autosave after 4 s would otherwise store them first).
    const holdSaves = (route: Route) => (route.request().method() === 'PUT' ? route.abort() : route.fallback());
    await page.route('**/api/v1/reports/*', holdSaves);
    await section(page, 0).click();
    await page.keyboard.type(' Bỏ đi.');
    await page.getByRole('button', { name: 'Tài khoản của tôi' }).click();
    await page.getByRole('menuitem', { name: /Đăng xuất/ }).click();
    const logout = page.getByRole('dialog').filter({ hasText: 'Có thay đổi chưa lưu' });
    await logout.getByRole('button', { name: 'Ở lại' }).click();
    expect(page.url()).toMatch(new RegExp(`/reports/${id}$`));
    // Dropping the changes drops them for good: no offer to bring them back.
    await page.getByRole('link', { name: 'Tổng quan' }).click();
    await dialog.getByRole('button', { name: 'Rời trang, bỏ thay đổi' }).click();
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
    await page.unroute('**/api/v1/reports/*', holdSaves);
    await page.goBack();
    await section(page, 0).waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByText('chưa kịp lưu lên máy chủ').count()).toBe(0);
    expect(await section(page, 0).textContent()).not.toContain('Bỏ đi.');
    expect(stage.errors).toEqual([]);
  });

  test('phiên đăng nhập hết khi đang gõ: đăng nhập lại thì được đề nghị khôi phục, khôi phục rồi lưu', async () => {
    const page = await stage.signIn('taytrabong');
    const id = await newDraft(page);
    const words = 'Đang gõ dở thì phiên hết hạn.';
    await section(page, 1).click();
    await page.keyboard.type(words);
    // The session ends elsewhere (another tab logs out, or it expires) while the typing goes on: the page
    // learns it from the next autosave.
    await page.evaluate(() => fetch('/api/v1/auth/logout', { method: 'POST' }));
    const more = ' Còn gõ tiếp sau khi phiên hết.';
    await page.keyboard.type(more);
    await page.getByText('Phiên đăng nhập đã kết thúc').waitFor({ timeout: 10_000 });
    await page.getByLabel('Tên đăng nhập').fill('taytrabong');
    await page.getByLabel('Mật khẩu').fill('demo1234');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(new RegExp(`/reports/${id}$`));
    const offer = page.getByRole('alert').filter({ hasText: 'chưa kịp lưu lên máy chủ' });
    await offer.waitFor();
    await page.screenshot({ path: shot('leaving-recovered') });
    expect(await storedText(page, id)).not.toContain(more);
    await offer.getByRole('button', { name: 'Khôi phục' }).click();
    await expect.poll(() => section(page, 1).textContent()).toContain(words + more);
    await expect.poll(() => storedText(page, id), { timeout: 10_000 }).toContain(words + more);
    // Once the server has it, the browser forgets it: no offer on the next visit.
    await page.reload();
    await section(page, 1).waitFor();
    await expect.poll(() => section(page, 1).textContent()).toContain(words + more);
    expect(await page.getByText('chưa kịp lưu lên máy chủ').count()).toBe(0);
    expect(stage.errors).toEqual([]);
  });

  test('chữ gõ trong lúc đang lưu còn nguyên khi lần lưu đó gặp bản người khác vừa lưu', async () => {
    const mine = await stage.signIn('taytrabong');
    const id = await newDraft(mine);
    const theirs = await stage.signIn('lanhdaotaytrabong');
    await theirs.goto(`${stage.server.url}/reports/${id}`);
    await section(theirs, 2).click();
    await theirs.keyboard.type('Lãnh đạo bổ sung mục này.');
    await theirs.locator('.report-bar').getByRole('button', { name: /Lưu$/ }).click();
    await expect.poll(() => storedText(theirs, id)).toContain('Lãnh đạo bổ sung mục này.');

    // My saves take 1.5 s on the way out: I keep typing while the first one is answered 409.
    await mine.route(`**/api/v1/reports/${id}`, async (route) => {
      if (route.request().method() === 'PUT') await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await section(mine, 3).click();
    await mine.keyboard.type('Cán bộ viết trước.');
    await mine.locator('.report-bar').getByRole('button', { name: /Lưu$/ }).click();
    await mine.getByText('Đang lưu').waitFor();
    await section(mine, 3).click();
    await mine.keyboard.press('End');
    await mine.keyboard.type(' Rồi viết tiếp khi đang lưu.');
    await mine.getByText('Đã gộp thay đổi', { exact: true }).waitFor({ timeout: 10_000 });
    const onScreen = () => section(mine, 3).textContent();
    await expect.poll(onScreen).toContain('Cán bộ viết trước. Rồi viết tiếp khi đang lưu.');
    await expect.poll(() => section(mine, 2).textContent()).toContain('Lãnh đạo bổ sung mục này.');
    await expect.poll(() => storedText(mine, id), { timeout: 15_000 }).toContain('Cán bộ viết trước. Rồi viết tiếp khi đang lưu.');
    expect(await storedText(mine, id)).toContain('Lãnh đạo bổ sung mục này.');
    expect(stage.errors).toEqual([]);
  });

  test('biểu mẫu gửi yêu cầu và hộp thoại tài khoản: rời trang thì hỏi, bấm ra ngoài hộp thoại không đóng', async () => {
    const page = await stage.signIn('quangngai');
    await page.getByRole('link', { name: 'Yêu cầu báo cáo' }).click();
    await page.getByRole('button', { name: 'Gửi yêu cầu báo cáo' }).click();
    const subject = page.getByLabel('Trích yếu yêu cầu');
    await subject.fill('Báo cáo công tác dân vận chính quyền tháng 12');
    await page.getByRole('link', { name: 'Tổng quan' }).click();
    const leave = page.getByRole('dialog').filter({ hasText: 'Có thay đổi chưa lưu' });
    await leave.waitFor();
    await leave.getByRole('button', { name: 'Ở lại' }).click();
    expect(await subject.inputValue()).toBe('Báo cáo công tác dân vận chính quyền tháng 12');
    await page.getByRole('link', { name: 'Tổng quan' }).click();
    await leave.getByRole('button', { name: 'Rời trang, bỏ thay đổi' }).click();
    await page.getByRole('heading', { name: /Xin chào/ }).waitFor();

    await page.getByRole('link', { name: 'Tài khoản' }).click();
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Tạo tài khoản' });
    await dialog.getByLabel('Tên đăng nhập').fill('canbomoi');
    await page.mouse.click(5, 5);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(400);
    expect(await dialog.getByLabel('Tên đăng nhập').inputValue()).toBe('canbomoi');
    expect(stage.errors).toEqual([]);
  });

  test('hai người cùng sửa một tài khoản: người lưu sau được báo, chữ đã gõ còn nguyên và lưu lại được', async () => {
    const open = async (username: string) => {
      const page = await stage.signIn(username);
      await page.getByRole('link', { name: 'Tài khoản' }).click();
      await page.getByRole('button', { name: 'Sửa tài khoản viewer' }).click();
      return page.getByRole('dialog').filter({ hasText: 'Sửa tài khoản viewer' });
    };
    const first = await open('admin');
    const second = await open('quangngai');
    await first.getByLabel('Họ và tên').fill('Người xem (quản trị sửa)');
    await first.getByRole('button', { name: 'Lưu' }).click();
    await first.waitFor({ state: 'hidden' });

    await second.getByLabel('Họ và tên').fill('Người xem (tỉnh sửa)');
    const reloaded = second.page().waitForResponse((r) => r.url().endsWith('/api/v1/users') && r.request().method() === 'GET');
    await second.getByRole('button', { name: 'Lưu' }).click();
    await reloaded;
    // The dialog says what the other person saved, and keeps what was typed here.
    await second.getByText('Bản mới nhất (phiên bản 2) do người khác lưu: họ và tên "Người xem (quản trị sửa)".').waitFor();
    expect(await second.getByLabel('Họ và tên').inputValue()).toBe('Người xem (tỉnh sửa)');
    // The newer version is loaded behind the dialog: saving again goes through, with what was typed.
    await second.getByRole('button', { name: 'Lưu' }).click();
    await second.waitFor({ state: 'hidden' });
    await second.page().getByRole('cell', { name: 'Người xem (tỉnh sửa)' }).waitFor();
    expect(stage.errors).toEqual([]);
  });
});
