/**
 * Reading and writing a registry's spreadsheet (.xlsx, exceljs). A file that is too large or is not a
 * spreadsheet is refused with a message; the first worksheet is the one read.
 */
import ExcelJS from 'exceljs';
import { invalid } from '../../core/errors.js';
import { formatNumber } from '../../core/vi-format.js';
import { writeCell, type SheetCell, type SheetColumn } from './sheet-rules.js';

/** What an import accepts: a commune's registry of years fits many times over. */
export const importLimits = { bytes: 5 * 1024 * 1024, rows: 20_000 };

export async function readSheet(file: unknown): Promise<{ line: number; cells: SheetCell[] }[]> {
  if (!Buffer.isBuffer(file)) {
    throw invalid('FILE_NOT_SPREADSHEET', 'Hãy gửi tệp Excel (.xlsx) làm nội dung, với kiểu application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.');
  }
  if (file.length > importLimits.bytes) {
    throw invalid('FILE_TOO_LARGE', `Tệp ${formatNumber(file.length / 1024 / 1024, 1)} MB, quá giới hạn ${importLimits.bytes / 1024 / 1024} MB của một lần nhập. Hãy chia tệp thành nhiều phần.`);
  }
  // An .xlsx is a zip archive: "PK" first.
  if (file.length < 4 || file[0] !== 0x50 || file[1] !== 0x4b) {
    throw invalid('FILE_NOT_SPREADSHEET', 'Tệp không phải bảng tính Excel (.xlsx). Hãy mở tệp trong Excel và lưu lại dạng "Excel Workbook (.xlsx)".');
  }
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    throw invalid('FILE_NOT_SPREADSHEET', 'Không đọc được tệp như một bảng tính Excel (.xlsx): tệp hỏng hoặc là loại tệp khác.');
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw invalid('FILE_NOT_SPREADSHEET', 'Bảng tính không có trang nào.');
  if (sheet.actualRowCount > importLimits.rows + 1) {
    throw invalid('FILE_TOO_LARGE', `Bảng tính có ${formatNumber(sheet.actualRowCount - 1)} dòng, quá giới hạn ${formatNumber(importLimits.rows)} dòng của một lần nhập.`);
  }
  const lines: { line: number; cells: SheetCell[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: SheetCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => { cells[column - 1] = plain(cell.value); });
    lines.push({ line, cells: Array.from(cells, (c) => c ?? null) });
  });
  return lines;
}

/** A cell's value without Excel's wrappers (rich text, formulas, hyperlinks). */
function plain(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return plain(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
  }
  return null;
}

/** The registry's records as a workbook a clerk opens in Excel (and imports back unchanged). */
export async function writeSheet(title: string, columns: readonly SheetColumn[], records: readonly Record<string, unknown>[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'danvan';
  book.title = title;
  const sheet = book.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.field, width: c.width ?? (c.kind === 'text' ? 40 : 16), style: c.kind === 'day' ? { numFmt: 'dd/mm/yyyy' } : {} }));
  sheet.getRow(1).font = { bold: true };
  for (const record of records) sheet.addRow(Object.fromEntries(columns.map((c) => [c.field, writeCell(c, record[c.field])])));
  return Buffer.from(await book.xlsx.writeBuffer());
}
