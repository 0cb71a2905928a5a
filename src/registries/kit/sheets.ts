/**
 * A registry's spreadsheet: its export (the records the list shows, every page, as a workbook that imports
 * back as it is), the blank template, and the import. A registry names its columns, its input schema, how
 * it checks and writes new records, and how it reads the records of a list query.
 */
import type { z } from 'zod';
import type { Context } from '../../core/context.js';
import { importSheet, type Importable, type ImportOptions } from './imports.js';
import type { SheetColumn } from './sheet-rules.js';
import { writeSheet } from './xlsx.js';

/** Every registry's sheet names the unit of each line; left blank, the unit the import is made for. */
const unitColumn: SheetColumn = { header: 'Mã đơn vị', field: 'unitCode', kind: 'text', width: 14 };
/** The most lines one export writes: past it, filter by unit or dates. */
export const exportLimit = 50_000;

export interface SheetSpec<Input extends { unitCode: string }, Query> {
  title: string;
  columns: SheetColumn[];
  schema: z.ZodType<Input, unknown>;
  crud: Pick<Importable<Input>, 'checkNew' | 'insertMany'>;
  /** The records a list query finds, at most `limit`, inside the caller's transaction. */
  rows: (tx: Context, query: Query, limit: number) => Promise<readonly object[]>;
}

export function registrySheets<Input extends { unitCode: string }, Query>(spec: SheetSpec<Input, Query>) {
  const columns = [unitColumn, ...spec.columns];
  const importable: Importable<Input> = { columns, schema: spec.schema, ...spec.crud };
  return {
    sheetTitle: spec.title,
    exportSheet: async (ctx: Context, query: Query) =>
      writeSheet(spec.title, columns, (await ctx.transaction((tx) => spec.rows(tx, query, exportLimit))) as Record<string, unknown>[]),
    templateSheet: () => writeSheet(spec.title, columns, []),
    importFile: (ctx: Context, file: Buffer, options: ImportOptions) => importSheet(ctx, importable, file, options),
  };
}
