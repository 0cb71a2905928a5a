/** The five routes of a registry (list, one, create, edit, delete with a reason), the same for each. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Context } from '../../core/context.js';
import { contextOf } from '../../core/http/auth.js';
import { commonErrors } from '../../core/http/feature.js';
import type { Db } from '../../core/db/connection.js';
import { idParams } from '../../core/schema-helpers.js';
import { foldVietnamese, todayIso } from '../../core/vi-format.js';
import { errorBody } from '../../core/schema-helpers.js';
import type { ImportOptions, ImportResult } from './imports.js';
import type { DeleteInput } from './schema.js';
import { importLimits } from './xlsx.js';
import { attachmentRoutes } from './attachment-routes.js';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const importQuery = z.object({
  unitCode: z.string({ error: 'Chọn đơn vị nhập vào (unitCode)' }).trim().min(1, { message: 'Chọn đơn vị nhập vào (unitCode)' }).max(40),
  mode: z.enum(['all', 'valid'], { error: 'Cách nhập: all (chỉ nhập khi mọi dòng đúng) hoặc valid (chỉ nhập các dòng đúng)' }).default('all'),
});
const sheetProblem = z.object({ line: z.number(), column: z.string().nullable(), message: z.string() });
const importOut = z.object({ imported: z.number(), lines: z.number(), skipped: z.array(sheetProblem) });

/** "so-tuyen-truyen-2026-12-03.xlsx" */
const fileName = (title: string, ctx: Context) => `${foldVietnamese(title).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${todayIso(ctx.now())}.xlsx`;

interface RegistryRoutes<Q extends z.ZodType, I extends z.ZodType, U extends z.ZodType, O extends z.ZodType, P extends z.ZodType> {
  /** "/api/v1/registries/outreach" */
  base: string;
  tag: string;
  /** Summaries: "Các đợt tuyên truyền trong phạm vi …", and the record's name, "một đợt tuyên truyền". */
  listSummary: string;
  noun: string;
  schemas: { query: Q; input: I; update: U; out: O; page: P; remove: z.ZodType<DeleteInput> };
  service: {
    list: (ctx: Context, query: z.output<Q>) => Promise<z.input<P>>;
    get: (ctx: Context, id: number) => Promise<z.input<O>>;
    create: (ctx: Context, input: z.output<I>) => Promise<z.input<O>>;
    update: (ctx: Context, id: number, input: z.output<U>) => Promise<z.input<O>>;
    remove: (ctx: Context, id: number, input: DeleteInput) => Promise<z.input<O>>;
    exportSheet: (ctx: Context, query: z.output<Q>) => Promise<Buffer>;
    templateSheet: () => Promise<Buffer>;
    importFile: (ctx: Context, file: Buffer, options: ImportOptions) => Promise<ImportResult>;
  };
  /** The spreadsheet's file name: "Sổ tuyên truyền". */
  sheetTitle: string;
}

export function registryRoutes<Q extends z.ZodType, I extends z.ZodType, U extends z.ZodType, O extends z.ZodType, P extends z.ZodType>(
  fastify: FastifyInstance, db: Db, r: RegistryRoutes<Q, I, U, O, P>,
) {
  // The schemas validate and serialize as in every feature; the generic handlers are typed by `r` instead.
  const app = fastify;
  const tags = [r.tag];
  type Req = { query: unknown; params: unknown; body: unknown };
  const id = (req: Req) => (req.params as z.output<typeof idParams>).id;
  for (const type of [xlsxType, 'application/octet-stream']) {
    if (!app.hasContentTypeParser(type)) app.addContentTypeParser(type, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  }
  const { base, schemas, service, noun } = r;
  app.get(base, { schema: { tags, summary: r.listSummary, querystring: schemas.query, response: { 200: schemas.page, ...commonErrors } } },
    async (req) => service.list(contextOf(req, db), req.query as z.output<Q>));
  app.get(`${base}/:id`, { schema: { tags, summary: `Xem ${noun} (kể cả đã xóa, kèm lý do)`, params: idParams, response: { 200: schemas.out, ...commonErrors } } },
    async (req) => service.get(contextOf(req, db), id(req)));
  app.post(base, { schema: { tags, summary: `Ghi ${noun}`, body: schemas.input, response: { 201: schemas.out, ...commonErrors } } },
    async (req, reply) => reply.status(201).send(await service.create(contextOf(req, db), req.body as z.output<I>)));
  app.put(`${base}/:id`, { schema: { tags, summary: `Sửa ${noun} (kèm phiên bản đang sửa)`, params: idParams, body: schemas.update, response: { 200: schemas.out, ...commonErrors } } },
    async (req) => service.update(contextOf(req, db), id(req), req.body as z.output<U>));
  app.get(`${base}/export.xlsx`, {
    schema: { tags, summary: 'Tải sổ dạng Excel (.xlsx) theo bộ lọc của danh sách (nhập lại được như cũ)', querystring: schemas.query, response: { 200: z.any().describe('Tệp .xlsx'), ...commonErrors } },
  }, async (req, reply) => {
    const ctx = contextOf(req, db);
    const file = await service.exportSheet(ctx, req.query as z.output<Q>);
    return reply.header('content-type', xlsxType).header('content-disposition', `attachment; filename="${fileName(r.sheetTitle, ctx)}"`).send(file);
  });
  app.get(`${base}/template.xlsx`, {
    schema: { tags, summary: 'Tệp mẫu để nhập: các cột của sổ, chưa có dòng nào', response: { 200: z.any().describe('Tệp .xlsx'), ...commonErrors } },
  }, async (req, reply) => reply.header('content-type', xlsxType)
    .header('content-disposition', `attachment; filename="mau-${fileName(r.sheetTitle, contextOf(req, db))}"`).send(await service.templateSheet()));
  app.post(`${base}/import`, {
    // A file a little over the limit gets its size named; far over it, the generic refusal.
    bodyLimit: importLimits.bytes * 2,
    schema: {
      tags, summary: 'Nhập từ tệp Excel (.xlsx, nội dung thân là tệp): mọi dòng được kiểm tra trước; có dòng lỗi thì không nhập gì (mode=all) hoặc chỉ nhập các dòng đúng (mode=valid)',
      querystring: importQuery, response: { 200: importOut, ...commonErrors, 413: errorBody },
    },
  }, async (req) => service.importFile(contextOf(req, db), req.body as Buffer, req.query as z.output<typeof importQuery>));
  app.post(`${base}/:id/delete`, { schema: { tags, summary: `Xóa ${noun} khỏi sổ, kèm lý do`, params: idParams, body: schemas.remove, response: { 200: schemas.out, ...commonErrors } } },
    async (req) => service.remove(contextOf(req, db), id(req), req.body as DeleteInput));
  attachmentRoutes(app, db, base, r.tag, (ctx, id) => service.get(ctx, id) as Promise<{ id: number; unitCode: string; canEdit: boolean }>);
}
