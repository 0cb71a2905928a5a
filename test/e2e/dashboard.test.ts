/**
 * The reviewer is told, in today's two-level demo tree: Tỉnh Quảng Ngãi's dashboard counts the report Xã
 * Tây Trà Bồng submitted to it ("Báo cáo chờ tiếp nhận (1)", also beside "Báo cáo" in the menu) and the
 * communes past the deadline of a thematic request it sent three weeks ago; its leader reminds them, once
 * a day. The commune reads the reminder under its bell and on its dashboard, and the reason of a return.
 * Dates count from the day the test runs.
 */
import { describe, expect, test } from 'vitest';
import { addDays, formatDate, todayIso } from '../../src/core/vi-format.js';
import { apiCall, demoStage, shot } from './browser.js';

const stage = demoStage();
const today = todayIso();
const subject = 'Báo cáo chuyên đề kết quả thực hiện Quy chế dân chủ ở cơ sở';
const deadline = addDays(today, -5);
let reportId = 0;

describe('tổng quan của cấp trên: chờ tiếp nhận, đơn vị quá hạn, nhắc nhở', () => {
  test('chuẩn bị: tỉnh gửi một yêu cầu chuyên đề đã quá hạn; xã nộp báo cáo quý theo yêu cầu đang mở', async () => {
    const province = await stage.signIn('quangngai');
    const [live] = (await apiCall<{ items: { id: number }[] }>(province, 'GET', '/api/v1/report-requests?direction=sent')).items;
    const recipients = (await apiCall<{ recipients: { unitCode: string }[] }>(province, 'GET', `/api/v1/report-requests/${live!.id}`)).recipients.map((r) => r.unitCode);
    const templates = await apiCall<{ id: number; title: string }[]>(province, 'GET', '/api/v1/report-templates');
    await apiCall(province, 'POST', '/api/v1/report-requests', {
      issuingUnitCode: '51', subject, reportKind: 'thematic', periodStart: addDays(today, -120), periodEnd: addDays(today, -25), cutoffDate: addDays(today, -25),
      requestDate: addDays(today, -21), deadline, templateId: templates.find((t) => /Dân vận khéo/.test(t.title))!.id, recipientCodes: recipients,
    });
    await province.context().close();

    const editor = await stage.signIn('taytrabong');
    const draft = await apiCall<{ id: number; version: number; content: { meta: Record<string, unknown> } }>(editor, 'POST', '/api/v1/reports', { requestId: live!.id });
    const [year, month, day] = today.split('-').map(Number);
    const meta = { ...draft.content.meta, number: '27', date: { year, month, day }, signer: { ...draft.content.meta.signer as object, title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' } };
    const saved = await apiCall<{ version: number }>(editor, 'PUT', `/api/v1/reports/${draft.id}`, { baseVersion: draft.version, content: { ...draft.content, meta } });
    await editor.context().close();
    const leader = await stage.signIn('lanhdaotaytrabong');
    await apiCall(leader, 'POST', `/api/v1/reports/${draft.id}/actions`, { action: 'submit', baseVersion: saved.version });
    await leader.context().close();
    reportId = draft.id;
  });

  test('tỉnh thấy báo cáo chờ tiếp nhận, tiến độ, đơn vị quá hạn và nhắc nhở', async () => {
    const page = await stage.signIn('quangngai');
    const pendingCard = page.locator('.ant-card').filter({ has: page.getByText('Báo cáo chờ tiếp nhận (1)', { exact: true }) });
    await pendingCard.getByRole('link', { name: /^Kết quả/ }).waitFor();
    // The menu says it too, beside "Báo cáo".
    expect(await page.getByRole('navigation').or(page.locator('.ant-menu')).first().getByTitle('Báo cáo chờ tiếp nhận (1)').count()).toBe(1);
    const overdue = page.getByLabel('Đơn vị quá hạn chưa nộp', { exact: true });
    await overdue.getByText('Xã Tây Trà Bồng').waitFor();
    expect(await overdue.getByText('Quá hạn 5 ngày').count()).toBe(2);
    const row = page.getByLabel('Tiến độ các yêu cầu').locator('.ant-list-item').filter({ hasText: subject });
    await row.getByText('Đã nhận 0/2').waitFor();
    await row.getByText('Quá hạn 2 đơn vị').waitFor();
    await page.screenshot({ path: shot('dashboard-province'), fullPage: true });

    await row.getByRole('button', { name: /^Nhắc nhở/ }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Nhắc nhở các đơn vị quá hạn' });
    await confirm.getByText('đến 2 đơn vị đã quá hạn chưa nộp').waitFor();
    await confirm.getByRole('button', { name: 'Gửi nhắc nhở' }).click();
    await page.getByText(/^Đã gửi thông báo nhắc nhở đến 2 đơn vị quá hạn: /).waitFor();
    await row.getByRole('button', { name: /Đã nhắc hôm nay/ }).waitFor();
    expect(await row.getByRole('button', { name: /Đã nhắc hôm nay/ }).isDisabled()).toBe(true);
    expect(await overdue.getByText('Đã nhắc hôm nay').count()).toBe(2);
    // A second reminder the same day is refused by the server too, saying why.
    const again = await page.evaluate(async (id) => {
      const csrf = decodeURIComponent(/(?:^|;\s*)danvan_csrf=([^;]+)/.exec(document.cookie)![1]!);
      const res = await fetch(`/api/v1/report-requests/${id}/remind`, { method: 'POST', headers: { 'x-csrf-token': csrf } });
      return { status: res.status, message: (await res.json() as { error: { message: string } }).error.message };
    }, Number(/\/report-requests\/(\d+)/.exec(await row.getByRole('link', { name: subject }).getAttribute('href') ?? '')![1]));
    expect(again.status).toBe(409);
    expect(again.message).toContain('Mỗi đơn vị chỉ được nhắc một lần mỗi ngày');

    // The count opens the list it counts.
    await page.getByRole('link', { name: 'Báo cáo chờ tiếp nhận: 1' }).click();
    await page.getByRole('heading', { name: 'Báo cáo chờ tiếp nhận (1)' }).waitFor();
    await page.getByRole('table', { name: 'Danh sách báo cáo' }).getByRole('row').filter({ hasText: 'Xã Tây Trà Bồng' }).waitFor();
    expect(await page.getByRole('table', { name: 'Danh sách báo cáo' }).locator('tr.ant-table-row').count()).toBe(1);

    await page.getByRole('link', { name: 'Tổng quan' }).click();
    await pendingCard.waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Mở menu' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: shot('dashboard-province-phone'), fullPage: true });
    // The province sends the report back, with a reason the commune will read.
    const report = await apiCall<{ version: number }>(page, 'GET', `/api/v1/reports/${reportId}`);
    await apiCall(page, 'POST', `/api/v1/reports/${reportId}/actions`, { action: 'return', baseVersion: report.version, comment: 'Bổ sung số liệu tiếp công dân trong quý' });
    await page.context().close();
  });

  test('xã thấy thông báo nhắc nhở và lý do trả lại', async () => {
    const page = await stage.signIn('taytrabong');
    const bell = page.getByRole('button', { name: 'Thông báo: 2 chưa đọc' });
    await bell.waitFor();
    const reminder = `Đề nghị UBND xã Tây Trà Bồng nộp báo cáo “${subject}” theo yêu cầu của UBND tỉnh Quảng Ngãi: hạn nộp ${formatDate(deadline)}, đã quá hạn 5 ngày.`;
    const notices = page.locator('#thong-bao');
    await notices.getByText(reminder).waitFor();
    await notices.getByText(/trả lại báo cáo .*Lý do: Bổ sung số liệu tiếp công dân trong quý\./).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Lý do trả lại: Bổ sung số liệu tiếp công dân trong quý' }).waitFor();
    await page.screenshot({ path: shot('dashboard-commune'), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await bell.click();
    await page.locator('.notice-popover').getByText(reminder).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = (await page.locator('.notice-popover').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: shot('dashboard-commune-phone') });
    // Closing the list marks what it showed read.
    await page.keyboard.press('Escape');
    await page.locator('.app-header').click({ position: { x: 5, y: 5 } });
    await page.getByRole('button', { name: 'Thông báo', exact: true }).waitFor();
    expect(await page.evaluate(() => fetch('/api/v1/unit-notices').then((r) => r.json()).then((l: { unread: number }) => l.unread))).toBe(0);
    await page.context().close();
    expect(stage.errors).toEqual([]);
  });
});
