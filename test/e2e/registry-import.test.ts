/**
 * A clerk who kept the year's outreach rounds in Excel brings them in (51.DP.TT): the file goes up with a
 * progress bar, a line dated 31/02/2026 and one with a negative count are listed with their reasons and
 * nothing is imported; asked to take only the good lines, the good one is imported and counted; the list
 * exports back to Excel.
 */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { demoStage, screenshotDir, shot } from './browser.js';

const stage = demoStage();

async function sheet(path: string) {
  const book = new ExcelJS.Workbook();
  const rows = book.addWorksheet('Tuyên truyền');
  rows.addRow(['Ngày tổ chức', 'Nội dung tuyên truyền', 'Hình thức', 'Thôn, tổ dân phố', 'Số lượt người']);
  rows.addRow(['12/03/2026', 'Phổ biến Luật Đất đai 2024 cho Nhân dân', 'Hội nghị', 'Tổ dân phố 2', 52]);
  rows.addRow(['31/02/2026', 'Tuyên truyền phòng chống ma túy', 'Họp thôn, tổ dân phố', 'Tổ dân phố 4', 30]);
  rows.addRow(['15/04/2026', 'Tuyên truyền an toàn giao thông', 'Hội nghị', null, -5]);
  await book.xlsx.writeFile(path);
}

describe('nhập sổ từ Excel', () => {
  test('dòng sai được nêu kèm lý do, chưa nhập gì; chọn chỉ nhập dòng đúng thì nhập và số liệu đổi theo', async () => {
    const file = `${screenshotDir}/tuyen-truyen-2026.xlsx`;
    await sheet(file);
    const page = await stage.signIn('nguyennghiem');
    const sessions = () => page.evaluate(async () => ((await (await fetch('/api/v1/units/51.DP.TT/figures?period=2026')).json()) as Record<string, { value: number }>)['outreach.sessions']!.value);
    await page.getByRole('link', { name: 'Tuyên truyền, phổ biến' }).click();
    await page.getByRole('heading', { name: 'Sổ tuyên truyền, phổ biến' }).waitFor();
    const before = await sessions();

    await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[type=file]').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Kiểm tra và nhập' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Có 2 dòng lỗi trong 3 dòng: chưa nhập dòng nào.' }).waitFor();
    const problems = dialog.getByRole('table', { name: 'Các dòng lỗi' });
    await problems.getByRole('row', { name: /3 Ngày tổ chức Ngày tổ chức "31\/02\/2026" không có thật\./ }).waitFor();
    await problems.getByRole('row', { name: /4 Số lượt người Số lượt người -5 không được âm\./ }).waitFor();
    await page.screenshot({ path: shot('import-problems') });
    expect(await sessions()).toBe(before);

    await dialog.getByRole('checkbox', { name: 'Chỉ nhập các dòng đúng, bỏ qua các dòng sai' }).check();
    await dialog.getByRole('button', { name: 'Kiểm tra và nhập' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Đã nhập 1 trong 3 dòng; bỏ qua 2 dòng sai.' }).waitFor();
    expect(await sessions()).toBe(before + 1);
    await dialog.getByRole('button', { name: 'Đóng' }).click();
    await page.getByRole('row', { name: /Phổ biến Luật Đất đai 2024 cho Nhân dân/ }).waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Xuất Excel' }).click();
    const saved = `${screenshotDir}/xuat-tuyen-truyen.xlsx`;
    await (await download).saveAs(saved);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(saved);
    expect(book.worksheets[0]!.actualRowCount).toBe(1 + 12 + 1); // header, seed 004's 12 rounds, the one imported
    fs.rmSync(file);
    expect(stage.errors).toEqual([]);
  });

  test('một ảnh đính kèm khóa tập huấn: tải lên có tiến độ, hiện trong danh sách, tải về được, gỡ kèm lý do', async () => {
    const photo = `${screenshotDir}/anh-lop-hoc.png`;
    fs.writeFileSync(photo, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(4096, 1)]));
    const page = await stage.signIn('nguyennghiem');
    await page.getByRole('link', { name: 'Tập huấn, bồi dưỡng' }).click();
    await page.getByRole('row', { name: /Tập huấn kỹ năng dân vận/ }).click();
    const drawer = page.locator('.ant-drawer');
    const files = drawer.getByRole('region', { name: 'Tệp đính kèm' });
    await files.getByText('Chưa có tệp nào.').waitFor();
    await files.locator('input[type=file]').setInputFiles(photo);
    await files.getByRole('link', { name: 'anh-lop-hoc.png' }).waitFor();
    await files.getByText(/Ảnh PNG, 4 KB/).waitFor();
    await drawer.locator('.ant-drawer-content-wrapper').evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    await page.screenshot({ path: shot('attachment-drawer') });
    const download = page.waitForEvent('download');
    await files.getByRole('link', { name: 'anh-lop-hoc.png' }).click();
    expect((await download).suggestedFilename()).toBe('anh-lop-hoc.png');
    await files.getByRole('button', { name: 'Gỡ' }).click();
    await page.getByLabel('Lý do gỡ tệp').fill('Ảnh chụp nhầm lớp khác');
    await page.locator('.ant-modal').getByRole('button', { name: 'Gỡ' }).click();
    await files.getByText('Chưa có tệp nào.').waitFor();
    fs.rmSync(photo);
    expect(stage.errors).toEqual([]);
  });
});
