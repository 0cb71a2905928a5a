/**
 * A registry's .xlsx import: every line is read and checked as the entry form would check it (the input
 * schema, the registry's own rules, the unit kept today and standing on the record's day) before anything
 * is written. With a bad line, nothing is imported and every bad line is listed, unless the user asks for
 * the good lines only; the lines imported are written in one transaction, each with its audit row.
 */
import type { z } from 'zod';
import type { Context } from '../../core/context.js';
import { AppError, invalid } from '../../core/errors.js';
import { formatNumber } from '../../core/vi-format.js';
import { matchHeader, readRows, type SheetColumn, type SheetProblem } from './sheet-rules.js';
import { readSheet } from './xlsx.js';

export interface ImportOptions {
  /** The unit a line without its own "Mã đơn vị" is recorded in. */
  unitCode: string;
  /** all: nothing unless every line is good; valid: the good lines, the others listed. */
  mode: 'all' | 'valid';
}

export interface ImportResult {
  imported: number;
  lines: number;
  /** The lines left out, with why (mode "valid"). */
  skipped: SheetProblem[];
}

export interface Importable<Input extends { unitCode: string }> {
  columns: readonly SheetColumn[];
  schema: z.ZodType<Input, unknown>;
  checkNew: (tx: Context, input: Input, units: Map<string, Promise<{ id: number; code: string; validFrom: string; validTo: string | null }>>) => Promise<number>;
  insertMany: (tx: Context, records: readonly { unitId: number; input: Input }[]) => Promise<number[]>;
}

export async function importSheet<Input extends { unitCode: string }>(ctx: Context, registry: Importable<Input>, file: Buffer, options: ImportOptions): Promise<ImportResult> {
  const lines = await readSheet(file);
  const [header, ...data] = lines;
  if (!header || header.line !== 1) throw invalid('IMPORT_HEADER_INVALID', 'Dòng 1 của bảng tính phải là tên các cột (tải tệp mẫu để xem).');
  const { positions, problems: headerProblems } = matchHeader(header.cells, registry.columns);
  if (headerProblems.length) throw invalid('IMPORT_HEADER_INVALID', headerProblems.map((p) => p.message).join(' '), headerProblems);
  const { rows, problems } = readRows(data, positions);
  const headerOf = new Map(registry.columns.map((c) => [c.field, c.header]));
  const filled = data.filter((l) => l.cells.some((c) => c !== null && String(c).trim() !== '')).length;

  return ctx.transaction(async (tx) => {
    const units = new Map<string, Promise<{ id: number; code: string; validFrom: string; validTo: string | null }>>();
    const good: { unitId: number; input: Input }[] = [];
    for (const row of rows) {
      const values = Object.fromEntries(Object.entries(row.values).filter(([, v]) => v !== null));
      const parsed = registry.schema.safeParse({ unitCode: options.unitCode, ...values });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push({ line: row.line, column: headerOf.get(String(issue.path[0])) ?? null, message: issue.message });
        continue;
      }
      try {
        good.push({ unitId: await registry.checkNew(tx, parsed.data, units), input: parsed.data });
      } catch (err) {
        // A refusal of the line (its unit, its dates) is listed with it; anything else stops the import.
        if (!(err instanceof AppError) || err.status >= 500) throw err;
        const details = Array.isArray(err.details) ? err.details as { field?: string; message?: string }[] : [];
        if (details.length) for (const d of details) problems.push({ line: row.line, column: headerOf.get(d.field ?? '') ?? null, message: d.message ?? err.message });
        else problems.push({ line: row.line, column: null, message: err.message });
      }
    }
    problems.sort((a, b) => a.line - b.line);
    if (problems.length && options.mode === 'all') {
      const badLines = new Set(problems.map((p) => p.line)).size;
      throw invalid('IMPORT_ROWS_INVALID',
        `Có ${formatNumber(badLines)} dòng lỗi trong ${formatNumber(filled)} dòng: chưa nhập dòng nào. Sửa các dòng được nêu rồi nhập lại, hoặc chọn chỉ nhập các dòng đúng.`,
        problems);
    }
    await registry.insertMany(tx, good);
    return { imported: good.length, lines: filled, skipped: problems };
  });
}
