/** The routes of a registry (list, one, create, edit, delete with a reason; its spreadsheet; its records' attachments), the same for each. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Context } from '../../core/context.js';
import { contextOf } from '../../core/http/auth.js';
import { commonErrors } from '../../core/http/feature.js';
import type { Db } from '../../core/db/connection.js';
import { idParams } from '../../core/schema-helpers.js';
import type { DeleteInput } from './schema.js';
import { attachmentRoutes } from './attachment-routes.js';
import { sheetRoutes, type SheetService } from './sheet-routes.js';

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
  } & SheetService<z.output<Q>>;
}

export function registryRoutes<Q extends z.ZodType, I extends z.ZodType, U extends z.ZodType, O extends z.ZodType, P extends z.ZodType>(
  fastify: FastifyInstance, db: Db, r: RegistryRoutes<Q, I, U, O, P>,
) {
  // The schemas validate and serialize as in every feature; the generic handlers are typed by `r` instead.
  const app = fastify;
  const tags = [r.tag];
  type Req = { query: unknown; params: unknown; body: unknown };
  const id = (req: Req) => (req.params as z.output<typeof idParams>).id;
  const { base, schemas, service, noun } = r;
  app.get(base, { schema: { tags, summary: r.listSummary, querystring: schemas.query, response: { 200: schemas.page, ...commonErrors } } },
    async (req) => service.list(contextOf(req, db), req.query as z.output<Q>));
  app.get(`${base}/:id`, { schema: { tags, summary: `Xem ${noun} (kể cả đã xóa, kèm lý do)`, params: idParams, response: { 200: schemas.out, ...commonErrors } } },
    async (req) => service.get(contextOf(req, db), id(req)));
  app.post(base, { schema: { tags, summary: `Ghi ${noun}`, body: schemas.input, response: { 201: schemas.out, ...commonErrors } } },
    async (req, reply) => reply.status(201).send(await service.create(contextOf(req, db), req.body as z.output<I>)));
  app.put(`${base}/:id`, { schema: { tags, summary: `Sửa ${noun} (kèm phiên bản đang sửa)`, params: idParams, body: schemas.update, response: { 200: schemas.out, ...commonErrors } } },
    async (req) => service.update(contextOf(req, db), id(req), req.body as z.output<U>));
  sheetRoutes(app, db, base, tags, schemas.query, service);
  app.post(`${base}/:id/delete`, { schema: { tags, summary: `Xóa ${noun} khỏi sổ, kèm lý do`, params: idParams, body: schemas.remove, response: { 200: schemas.out, ...commonErrors } } },
    async (req) => service.remove(contextOf(req, db), id(req), req.body as DeleteInput));
  attachmentRoutes(app, db, base, r.tag, (ctx, id) => service.get(ctx, id) as Promise<{ id: number; unitCode: string; canEdit: boolean }>);
}
