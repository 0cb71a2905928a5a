/**
 * How a registry's records are written to and read from a spreadsheet, as officials keep them in Excel:
 * one row per record, a header of Vietnamese column names, days as dd/mm/yyyy (or real date cells), coded
 * fields by their Vietnamese label. Reading is pure and checks every cell, so an import lists every bad
 * row with its line and reason before anything is written.
 */
import { foldVietnamese, formatDate, isIsoDate } from '../../core/vi-format.js';

export type SheetCell = string | number | boolean | Date | null;

export interface SheetColumn {
  header: string;
  /** The input field the column fills. */
  field: string;
  kind: 'day' | 'text' | 'count' | 'choice' | 'yes_no';
  /** Codes and their labels, for a choice. */
  choices?: Record<string, string>;
  required?: boolean;
  width?: number;
}

export interface SheetProblem {
  /** The spreadsheet's line (the header is line 1); 0 for the file itself. */
  line: number;
  column: string | null;
  message: string;
}

export const foldHeader = (text: string) => foldVietnamese(text).toLowerCase().replace(/\s+/g, ' ').replace(/[*:]/g, '').trim();

/**
 * Which column of the sheet each spreadsheet column is, from the header line. A column the registry does
 * not have is refused (a wrong column would otherwise be dropped unseen), and so is a required one missing.
 */
export function matchHeader(header: readonly SheetCell[], columns: readonly SheetColumn[]): { positions: Map<SheetColumn, number>; problems: SheetProblem[] } {
  const byName = new Map(columns.map((c) => [foldHeader(c.header), c]));
  const positions = new Map<SheetColumn, number>();
  const problems: SheetProblem[] = [];
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (!text) return;
    const column = byName.get(foldHeader(text));
    if (!column) problems.push({ line: 1, column: text, message: `Cột "${text}" không có trong mẫu của sổ (các cột: ${columns.map((c) => c.header).join(', ')}).` });
    else if (positions.has(column)) problems.push({ line: 1, column: text, message: `Cột "${text}" có hai lần.` });
    else positions.set(column, index);
  });
  for (const column of columns) {
    if (column.required && !positions.has(column)) problems.push({ line: 1, column: column.header, message: `Thiếu cột "${column.header}".` });
  }
  return { positions, problems };
}

function cellText(cell: SheetCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return formatDate(isoOfDate(cell));
  return String(cell).trim();
}

/** A date cell holds the day at midnight UTC (exceljs reads Excel's serial that way). */
const isoOfDate = (d: Date) => d.toISOString().slice(0, 10);

const dayPattern = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

type Read = { value: unknown } | { problem: string };

/** One cell as the input field wants it, or why it cannot be. */
export function readCell(column: SheetColumn, cell: SheetCell): Read {
  const text = cellText(cell);
  if (!text) return { value: column.kind === 'yes_no' ? false : null };
  switch (column.kind) {
    case 'day': {
      if (cell instanceof Date) return { value: isoOfDate(cell) };
      const m = dayPattern.exec(text);
      const iso = m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : text;
      if (isIsoDate(iso)) return { value: iso };
      return { problem: m ? `${column.header} "${text}" không có thật.` : `${column.header} "${text}" không phải ngày dạng ngày/tháng/năm (ví dụ 15/03/2023).` };
    }
    case 'count': {
      const n = typeof cell === 'number' ? cell : Number(text.replace(/\./g, '').replace(',', '.'));
      if (!Number.isFinite(n)) return { problem: `${column.header} "${text}" phải là một số.` };
      if (!Number.isInteger(n)) return { problem: `${column.header} ${text} phải là số nguyên.` };
      if (n < 0) return { problem: `${column.header} ${text} không được âm.` };
      return { value: n };
    }
    case 'choice': {
      const wanted = foldHeader(text);
      const found = Object.entries(column.choices ?? {}).find(([code, label]) => foldHeader(label) === wanted || code === text);
      if (found) return { value: found[0] };
      return { problem: `${column.header} "${text}" không có trong danh mục (${Object.values(column.choices ?? {}).join('; ')}).` };
    }
    case 'yes_no': {
      const folded = foldHeader(text);
      if (['co', 'x', 'true', '1', 'dung'].includes(folded)) return { value: true };
      if (['khong', 'false', '0', 'sai'].includes(folded)) return { value: false };
      return { problem: `${column.header} "${text}" phải là "có" hoặc "không".` };
    }
    case 'text':
      return { value: text };
  }
}

/** A value of a record as its cell shows it. */
export function writeCell(column: SheetColumn, value: unknown): SheetCell {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case 'day': return typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : null;
    case 'count': return typeof value === 'number' ? value : null;
    case 'choice': return column.choices?.[String(value)] ?? String(value);
    case 'yes_no': return value ? 'có' : 'không';
    case 'text': return String(value);
  }
}

export interface ReadRow {
  line: number;
  values: Record<string, unknown>;
}

/**
 * The data lines of a sheet, each read into an input's fields, with every cell that cannot be read; an
 * empty line is skipped, and a line equal to an earlier one is a duplicate (counted twice otherwise).
 */
export function readRows(lines: readonly { line: number; cells: readonly SheetCell[] }[], positions: ReadonlyMap<SheetColumn, number>): { rows: ReadRow[]; problems: SheetProblem[] } {
  const rows: ReadRow[] = [];
  const problems: SheetProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of lines) {
    if (cells.every((c) => cellText(c) === '')) continue;
    const values: Record<string, unknown> = {};
    let readable = true;
    for (const [column, index] of positions) {
      const read = readCell(column, cells[index] ?? null);
      if ('problem' in read) {
        problems.push({ line, column: column.header, message: read.problem });
        readable = false;
      } else values[column.field] = read.value;
    }
    if (!readable) continue;
    const key = JSON.stringify(values);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ line, column: null, message: `Dòng ${line} trùng với dòng ${first}.` });
      continue;
    }
    seen.set(key, line);
    rows.push({ line, values });
  }
  return { rows, problems };
}
