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
import { canCreate, inScope, today, type KeptRow } from './records.js';
import type { SheetColumn } from './sheet-rules.js';
import { registrySheets } from './sheets.js';

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

  const sheets = registrySheets<Input, Omit<Query, 'page' | 'pageSize'>>({
    ...spec.sheet, schema: spec.schema, crud, rows: async (tx, query, limit) => (await search(tx, query, 1, limit)).rows,
  });

  return { list, ...sheets, ...crud };
}
