/** A registry's spreadsheet routes: the list as .xlsx, the blank template, and the import (the file as the body). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Context } from '../../core/context.js';
import { contextOf } from '../../core/http/auth.js';
import { commonErrors } from '../../core/http/feature.js';
import type { Db } from '../../core/db/connection.js';
import { errorBody } from '../../core/schema-helpers.js';
import { foldVietnamese, todayIso } from '../../core/vi-format.js';
import type { ImportOptions, ImportResult } from './imports.js';
import { importLimits } from './xlsx.js';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const importQuery = z.object({
  unitCode: z.string({ error: 'Chọn đơn vị nhập vào (unitCode)' }).trim().min(1, { message: 'Chọn đơn vị nhập vào (unitCode)' }).max(40),
  mode: z.enum(['all', 'valid'], { error: 'Cách nhập: all (chỉ nhập khi mọi dòng đúng) hoặc valid (chỉ nhập các dòng đúng)' }).default('all'),
});
const sheetProblem = z.object({ line: z.number(), column: z.string().nullable(), message: z.string() });
const importOut = z.object({ imported: z.number(), lines: z.number(), skipped: z.array(sheetProblem) });

/** "so-tuyen-truyen-2026-12-03.xlsx" */
const fileName = (title: string, ctx: Context) => `${foldVietnamese(title).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${todayIso(ctx.now())}.xlsx`;

export interface SheetService<Q> {
  /** The spreadsheet's title and file name: "Sổ tuyên truyền". */
  sheetTitle: string;
  exportSheet: (ctx: Context, query: Q) => Promise<Buffer>;
  templateSheet: () => Promise<Buffer>;
  importFile: (ctx: Context, file: Buffer, options: ImportOptions) => Promise<ImportResult>;
}

export function sheetRoutes<Q>(app: FastifyInstance, db: Db, base: string, tags: string[], query: z.ZodType, service: SheetService<Q>) {
  for (const type of [xlsxType, 'application/octet-stream']) {
    if (!app.hasContentTypeParser(type)) app.addContentTypeParser(type, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  }
  app.get(`${base}/export.xlsx`, {
    schema: { tags, summary: 'Tải sổ dạng Excel (.xlsx) theo bộ lọc của danh sách (nhập lại được như cũ)', querystring: query, response: { 200: z.any().describe('Tệp .xlsx'), ...commonErrors } },
  }, async (req, reply) => {
    const ctx = contextOf(req, db);
    const file = await service.exportSheet(ctx, req.query as Q);
    return reply.header('content-type', xlsxType).header('content-disposition', `attachment; filename="${fileName(service.sheetTitle, ctx)}"`).send(file);
  });
  app.get(`${base}/template.xlsx`, {
    schema: { tags, summary: 'Tệp mẫu để nhập: các cột của sổ, chưa có dòng nào', response: { 200: z.any().describe('Tệp .xlsx'), ...commonErrors } },
  }, async (req, reply) => reply.header('content-type', xlsxType)
    .header('content-disposition', `attachment; filename="mau-${fileName(service.sheetTitle, contextOf(req, db))}"`).send(await service.templateSheet()));
  app.post(`${base}/import`, {
    // A file a little over the limit gets its size named; far over it, the generic refusal.
    bodyLimit: importLimits.bytes * 2,
    schema: {
      tags, summary: 'Nhập từ tệp Excel (.xlsx, nội dung thân là tệp): mọi dòng được kiểm tra trước; có dòng lỗi thì không nhập gì (mode=all) hoặc chỉ nhập các dòng đúng (mode=valid)',
      querystring: importQuery, response: { 200: importOut, ...commonErrors, 413: errorBody },
    },
  }, async (req) => service.importFile(contextOf(req, db), req.body as Buffer, req.query as z.output<typeof importQuery>));
}
