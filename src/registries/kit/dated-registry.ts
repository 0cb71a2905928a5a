/**
 * A registry of dated records, whole: its store, its list (scoped by today's tree, one unit or all in
 * reach, coded filters, a day range, words) and its get/create/edit/delete. A registry names its table,
 * its day column, the columns its list filters on, and how a record is written and shown.
 */
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import type { Context } from '../../core/context.js';
import type { Scope } from '../../core/access/rules.js';
import { readableUnit } from '../../units/service.js';
import { registryCrud, type RegistrySpec } from './crud.js';
import { datedStore } from './dated.js';
import { importSheet, type ImportOptions } from './imports.js';
import { canCreate, inScope, today, type KeptRow } from './records.js';
import type { SheetColumn } from './sheet-rules.js';
import { writeSheet } from './xlsx.js';

export interface DatedQuery {
  q?: string;
  unitCode?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

type DatedSpec<Input extends { unitCode: string }, Row extends KeptRow, Out> = Omit<RegistrySpec<Input, Row, Out>, 'find'> & {
  day: PgColumn;
  /** The query's coded filters and the columns they compare ("form" → outreach_sessions.form). */
  coded?: Record<string, PgColumn>;
  /** The input's schema and the registry's spreadsheet (its title and columns), for .xlsx import and export. */
  schema: z.ZodType<Input, unknown>;
  sheet: { title: string; columns: SheetColumn[] };
};

/** Every registry's sheet names the unit of each line; left blank, the unit the import is made for. */
const unitColumn: SheetColumn = { header: 'Mã đơn vị', field: 'unitCode', kind: 'text', width: 14 };
/** The most lines one export writes: past it, filter by unit or dates. */
const exportLimit = 50_000;

export function datedRegistry<Input extends { unitCode: string }, Row extends KeptRow, Out, Query extends DatedQuery>(spec: DatedSpec<Input, Row, Out>) {
  const store = datedStore(spec.table as unknown as Parameters<typeof datedStore>[0], spec.day, spec.coded);
  const find = store.find as unknown as RegistrySpec<Input, Row, Out>['find'];
  const crud = registryCrud<Input, Row, Out>({ ...spec, find });

  async function search(ctx: Context, query: Omit<Query, 'page' | 'pageSize'>, page: number, pageSize: number) {
    const scope: Scope = await ctx.scope();
    const unitId = query.unitCode ? (await readableUnit(ctx, query.unitCode)).id : undefined;
    const coded = Object.fromEntries(Object.keys(spec.coded ?? {}).map((name) => [name, (query as unknown as Record<string, string | undefined>)[name]]));
    const { items, total } = await store.search(ctx.db, { inScope: inScope(scope, spec.table.unitId), unitId, q: query.q, from: query.from, to: query.to, coded }, page, pageSize, today(ctx));
    return { scope, total, rows: items as unknown as Row[] };
  }

  async function list(ctx: Context, query: Query): Promise<{ total: number; page: number; pageSize: number; items: Out[]; canCreate: boolean }> {
    const { scope, total, rows } = await search(ctx, query, query.page, query.pageSize);
    return { total, page: query.page, pageSize: query.pageSize, items: rows.map((row) => spec.present(row, scope, ctx)), canCreate: canCreate(ctx, scope) };
  }

  const columns = [unitColumn, ...spec.sheet.columns];

  /** The records the list shows (every page), as a workbook that imports back as it is. */
  async function exportSheet(ctx: Context, query: Omit<Query, 'page' | 'pageSize'>): Promise<Buffer> {
    const { rows } = await ctx.transaction((tx) => search(tx, query, 1, exportLimit));
    return writeSheet(spec.sheet.title, columns, rows as unknown as Record<string, unknown>[]);
  }

  /** The blank sheet a clerk fills: the registry's columns, no record. */
  const templateSheet = () => writeSheet(spec.sheet.title, columns, []);

  const importable = { columns, schema: spec.schema, checkNew: crud.checkNew, insertMany: crud.insertMany };
  const importFile = (ctx: Context, file: Buffer, options: ImportOptions) => importSheet(ctx, importable, file, options);

  return { list, exportSheet, templateSheet, importFile, sheetTitle: spec.sheet.title, ...crud };
}
