/**
 * A registry kept in Excel comes in through .xlsx: the template downloads with the registry's columns, a
 * file with a wrong column, 31/02/2023, a negative count, text for a number or a duplicated line is
 * refused with every bad line and its reason and nothing imported (or only the good lines, when asked);
 * what was imported is counted and audited, and exports back as it came in.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Session, type TestApp } from '../testing/app.js';
import { reformTree, type Commune, type ReformTree } from '../testing/factories.js';

let t: TestApp;
let tree: ReformTree;
let commune: Commune;
let clerk: Session;
beforeAll(async () => {
  t = await testApp({ today: '2026-12-01' });
  tree = await reformTree(t);
  commune = tree.old.communes[0];
  clerk = tree.merged!.editor;
});
afterAll(async () => { await t.close(); });

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const header = ['Ngày tổ chức', 'Nội dung tuyên truyền', 'Hình thức', 'Thôn, tổ dân phố', 'Số lượt người'];

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Tuyên truyền');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const upload = (file: Buffer, query = '', contentType = xlsx) => t.call(clerk, {
  method: 'POST', url: `/api/v1/registries/outreach/import?unitCode=${commune.code}${query}`, payload: file, headers: { 'content-type': contentType },
});
const sessions2023 = async () => (await t.call(clerk, { method: 'GET', url: `/api/v1/units/${commune.code}/figures?period=2023` })).json()['outreach.sessions'].value;

describe('nhập sổ từ Excel', () => {
  it('gives the template with the registry’s columns', async () => {
    const res = await t.call(clerk, { method: 'GET', url: '/api/v1/registries/outreach/template.xlsx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="mau-so-tuyen-truyen-2026-12-01.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(book.worksheets[0]!.getRow(1).values).toEqual([undefined, 'Mã đơn vị', 'Ngày tổ chức', 'Nội dung tuyên truyền', 'Hình thức', 'Đơn vị, tổ chức thực hiện', 'Thôn, tổ dân phố', 'Số lượt người', 'Số người là ước tính', 'Ghi chú']);
    expect(book.worksheets[0]!.actualRowCount).toBe(1);
  });

  it('lists every bad line with its reason and imports nothing', async () => {
    const file = await workbook([
      header,
      ['15/03/2023', 'Phổ biến Luật Đất đai 2024', 'Hội nghị', 'Thôn Tây', 45],
      ['31/02/2023', 'Tuyên truyền phòng chống ma túy', 'Họp thôn, tổ dân phố', 'Thôn Đam', 30],
      [new Date(Date.UTC(2023, 4, 20)), 'Tuyên truyền bầu cử', 'Hội nghị', null, -5],
      ['20/06/2023', 'Tuyên truyền an toàn giao thông', 'Hội nghị', null, 'ba mươi'],
      ['15/03/2023', 'Phổ biến Luật Đất đai 2024', 'Hội nghị', 'Thôn Tây', 45],
      ['22/07/2023', 'Tuyên truyền nông thôn mới', 'Phát tờ rơi', null, 20],
      ['2023-08-10', '', 'Hội nghị', null, 10],
    ]);
    const res = await upload(file);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'IMPORT_ROWS_INVALID', message: 'Có 6 dòng lỗi trong 7 dòng: chưa nhập dòng nào. Sửa các dòng được nêu rồi nhập lại, hoặc chọn chỉ nhập các dòng đúng.',
      details: [
        { line: 3, column: 'Ngày tổ chức', message: 'Ngày tổ chức "31/02/2023" không có thật.' },
        { line: 4, column: 'Số lượt người', message: 'Số lượt người -5 không được âm.' },
        { line: 5, column: 'Số lượt người', message: 'Số lượt người "ba mươi" phải là một số.' },
        { line: 6, column: null, message: 'Dòng 6 trùng với dòng 2.' },
        { line: 7, column: 'Hình thức', message: expect.stringMatching(/^Hình thức "Phát tờ rơi" không có trong danh mục \(Hội nghị; Họp thôn, tổ dân phố; .*\)\.$/) },
        { line: 8, column: 'Nội dung tuyên truyền', message: 'Thiếu nội dung tuyên truyền' },
      ],
    });
    expect(await sessions2023()).toBe(0);
  });

  it('imports only the good lines when asked, audited, and exports them back as they came in', async () => {
    const file = await workbook([
      [...header, 'Số người là ước tính'],
      ['15/03/2023', 'Phổ biến Luật Đất đai 2024', 'hoi nghi', 'Thôn Tây', 45, 'có'],
      ['31/02/2023', 'Tuyên truyền phòng chống ma túy', 'Họp thôn, tổ dân phố', 'Thôn Đam', 30, null],
      ['20/06/2023', 'Tuyên truyền an toàn giao thông', 'Họp thôn, tổ dân phố', 'Thôn Đam', 38, null],
    ]);
    const res = await upload(file, '&mode=valid');
    expect(res.json()).toEqual({ imported: 2, lines: 3, skipped: [{ line: 3, column: 'Ngày tổ chức', message: 'Ngày tổ chức "31/02/2023" không có thật.' }] });
    expect(await sessions2023()).toBe(2);
    const audit = (await t.call(tree.admin, { method: 'GET', url: '/api/v1/audit?entity=outreach_session&pageSize=50' })).json();
    expect(audit.items.filter((a: { action: string }) => a.action === 'outreach.import')).toHaveLength(2);

    const exported = await t.call(clerk, { method: 'GET', url: `/api/v1/registries/outreach/export.xlsx?unitCode=${commune.code}&from=2023-01-01&to=2023-12-31` });
    expect(exported.headers['content-disposition']).toBe('attachment; filename="so-tuyen-truyen-2026-12-01.xlsx"');
    const again = await t.call(tree.old.communes[2].editor, {
      method: 'POST', url: `/api/v1/registries/outreach/import?unitCode=${tree.old.communes[2].code}`, payload: exported.rawPayload, headers: { 'content-type': xlsx },
    });
    // The export names its unit on each line: another commune cannot write them in.
    expect(again.json().error).toMatchObject({ code: 'IMPORT_ROWS_INVALID', details: [{ line: 2, message: expect.stringContaining('Bạn không có quyền xem dữ liệu của đơn vị mã "98.H.A"') }, { line: 3 }] });
    const back = await upload(exported.rawPayload);
    expect(back.json()).toMatchObject({ imported: 2 });
    const listed = (await t.call(clerk, { method: 'GET', url: `/api/v1/registries/outreach?unitCode=${commune.code}&q=luat%20dat%20dai` })).json();
    expect(listed.items.map((s: { heldOn: string; form: string; participants: number; estimated: boolean }) => [s.heldOn, s.form, s.participants, s.estimated]))
      .toEqual([['2023-03-15', 'conference', 45, true], ['2023-03-15', 'conference', 45, true]]);
  });

  it('refuses a wrong column, a file that is not a spreadsheet, and one over the limit, with nothing changed', async () => {
    const wrong = await upload(await workbook([['Ngày tổ chức', 'Chủ đề', 'Hình thức'], ['15/03/2023', 'Tuyên truyền', 'Hội nghị']]));
    expect(wrong.json().error).toMatchObject({ code: 'IMPORT_HEADER_INVALID', details: [{ line: 1, column: 'Chủ đề' }, { line: 1, column: 'Nội dung tuyên truyền', message: 'Thiếu cột "Nội dung tuyên truyền".' }] });
    const text = await upload(Buffer.from('Ngày tổ chức;Nội dung\n15/03/2023;Tuyên truyền\n'), '', 'application/octet-stream');
    expect(text.json().error.code).toBe('FILE_NOT_SPREADSHEET');
    const huge = await upload(Buffer.concat([Buffer.from('PK'), Buffer.alloc(6 * 1024 * 1024)]));
    expect(huge.json().error).toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringContaining('quá giới hạn 5 MB') });
    expect(await sessions2023()).toBe(4);
  });

  it('brings the "Dân vận khéo" models in the same way, checked by the model’s own rules', async () => {
    const file = await workbook([
      ['Tên mô hình', 'Tổ chức thực hiện', 'Lĩnh vực', 'Năm bắt đầu', 'Tình trạng', 'Năm dừng'],
      ['Nồi cháo tình thương', 'Hội Liên hiệp Phụ nữ', 'Văn hóa - xã hội', 2022, null, null],
      ['Camera an ninh', 'UBND', 'Quốc phòng - an ninh', 2021, 'Đã dừng', 2020],
    ]);
    const res = await t.call(clerk, { method: 'POST', url: `/api/v1/registries/models/import?unitCode=${commune.code}`, payload: file, headers: { 'content-type': xlsx } });
    expect(res.json().error).toMatchObject({ code: 'IMPORT_ROWS_INVALID', details: [{ line: 3, column: 'Năm dừng', message: 'Năm dừng 2020 trước năm bắt đầu 2021.' }] });
    const good = await t.call(clerk, { method: 'POST', url: `/api/v1/registries/models/import?unitCode=${commune.code}&mode=valid`, payload: file, headers: { 'content-type': xlsx } });
    expect(good.json()).toMatchObject({ imported: 1, lines: 2 });
    expect((await t.call(clerk, { method: 'GET', url: `/api/v1/units/${commune.code}/figures?period=2023` })).json()['models.count'].value).toBe(1);
  });

  it('brings letters in, each opening its case or joining the one it names, and never exports a denouncer', async () => {
    const first = (await t.call(clerk, { method: 'POST', url: '/api/v1/registries/petitions/letters', payload: { unitCode: commune.code, channel: 'in_person', receivedOn: '2023-03-02', kind: 'recommendation', summary: 'Phản ánh đường bê tông thôn Tây sụt lún' } })).json();
    const file = await workbook([
      ['Ngày nhận đơn', 'Nguồn đơn', 'Loại đơn', 'Nội dung tóm tắt', 'Họ tên người đứng đơn', 'Địa chỉ', 'Vụ việc số'],
      ['10/03/2023', 'Nộp trực tiếp', 'Kiến nghị, phản ánh', 'Đường bê tông thôn Tây sụt lún thêm', 'Lê Văn Bình', 'Thôn Tây', first.caseId],
      ['15/03/2023', 'Qua bưu chính', 'Tố cáo', 'Tố cáo cán bộ địa chính nhận tiền', 'Trần Thị Mật', 'Thôn Đam', null],
      ['20/03/2023', 'Nộp trực tiếp', 'Khiếu nại', 'Khiếu nại việc thu hồi đất', null, null, 999999],
    ]);
    const url = `/api/v1/registries/petitions/letters/import?unitCode=${commune.code}`;
    const refused = await t.call(clerk, { method: 'POST', url, payload: file, headers: { 'content-type': xlsx } });
    expect(refused.json().error.details).toEqual([{ line: 4, column: null, message: 'Không tìm thấy vụ việc số 999999.' }]);
    const res = await t.call(clerk, { method: 'POST', url: `${url}&mode=valid`, payload: file, headers: { 'content-type': xlsx } });
    expect(res.json()).toMatchObject({ imported: 2, lines: 3 });
    const figures = (await t.call(clerk, { method: 'GET', url: `/api/v1/units/${commune.code}/figures?period=2023Q1` })).json();
    expect([figures['petition.letters'].value, figures['petition.cases'].value]).toEqual([3, 2]);

    const exported = await t.call(tree.province.manager, { method: 'GET', url: `/api/v1/registries/petitions/letters/export.xlsx?unitCode=${commune.code}` });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.rawPayload as unknown as ExcelJS.Buffer);
    const text = JSON.stringify(book.worksheets[0]!.getSheetValues());
    expect(text).toContain('Lê Văn Bình');
    expect(text).not.toContain('Trần Thị Mật');
    expect(text).not.toContain('Thôn Tây"');
  });
});
