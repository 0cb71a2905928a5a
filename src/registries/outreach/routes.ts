import type { FastifyInstance } from 'fastify';
import { idParams } from '../../core/schema-helpers.js';
import { contextOf } from '../../core/http/auth.js';
import { commonErrors, typed, type Deps } from '../../core/http/feature.js';
import { outreachDelete, outreachInput, outreachOut, outreachPage, outreachQuery, outreachUpdate } from './schema.js';
import { createOutreach, deleteOutreach, getOutreach, listOutreach, updateOutreach } from './service.js';

const tags = ['Sổ tuyên truyền, phổ biến'];

export function outreachRoutes(fastify: FastifyInstance, { database }: Deps) {
  const app = typed(fastify);
  const db = database.db;
  const base = '/api/v1/registries/outreach';

  app.get(base, {
    schema: { tags, summary: 'Các đợt tuyên truyền trong phạm vi: lọc theo đơn vị, hình thức, khoảng ngày; tìm không dấu', querystring: outreachQuery, response: { 200: outreachPage, ...commonErrors } },
  }, async (req) => listOutreach(contextOf(req, db), req.query));
  app.get(`${base}/:id`, {
    schema: { tags, summary: 'Một đợt tuyên truyền (kể cả đã xóa, kèm lý do)', params: idParams, response: { 200: outreachOut, ...commonErrors } },
  }, async (req) => getOutreach(contextOf(req, db), req.params.id));
  app.post(base, {
    schema: { tags, summary: 'Ghi một đợt tuyên truyền', body: outreachInput, response: { 201: outreachOut, ...commonErrors } },
  }, async (req, reply) => reply.status(201).send(await createOutreach(contextOf(req, db), req.body)));
  app.put(`${base}/:id`, {
    schema: { tags, summary: 'Sửa một đợt tuyên truyền (kèm phiên bản đang sửa)', params: idParams, body: outreachUpdate, response: { 200: outreachOut, ...commonErrors } },
  }, async (req) => updateOutreach(contextOf(req, db), req.params.id, req.body));
  app.post(`${base}/:id/delete`, {
    schema: { tags, summary: 'Xóa một đợt tuyên truyền khỏi sổ, kèm lý do', params: idParams, body: outreachDelete, response: { 200: outreachOut, ...commonErrors } },
  }, async (req) => deleteOutreach(contextOf(req, db), req.params.id, req.body));
}
