import type { FastifyInstance } from 'fastify';
import { idParams } from '../../core/schema-helpers.js';
import { contextOf } from '../../core/http/auth.js';
import { commonErrors, typed, type Deps } from '../../core/http/feature.js';
import { receptionDelete, receptionInput, receptionOut, receptionPage, receptionQuery, receptionUpdate } from './schema.js';
import { createReception, deleteReception, getReception, listReception, updateReception } from './service.js';

const tags = ['Sổ tiếp công dân, đối thoại'];

export function receptionRoutes(fastify: FastifyInstance, { database }: Deps) {
  const app = typed(fastify);
  const db = database.db;
  const base = '/api/v1/registries/receptions';

  app.get(base, {
    schema: { tags, summary: 'Các buổi tiếp công dân, đối thoại trong phạm vi: lọc theo đơn vị, hình thức, khoảng ngày; tìm không dấu', querystring: receptionQuery, response: { 200: receptionPage, ...commonErrors } },
  }, async (req) => listReception(contextOf(req, db), req.query));
  app.get(`${base}/:id`, {
    schema: { tags, summary: 'Một buổi tiếp công dân (kể cả đã xóa, kèm lý do)', params: idParams, response: { 200: receptionOut, ...commonErrors } },
  }, async (req) => getReception(contextOf(req, db), req.params.id));
  app.post(base, {
    schema: { tags, summary: 'Ghi một buổi tiếp công dân hoặc đối thoại', body: receptionInput, response: { 201: receptionOut, ...commonErrors } },
  }, async (req, reply) => reply.status(201).send(await createReception(contextOf(req, db), req.body)));
  app.put(`${base}/:id`, {
    schema: { tags, summary: 'Sửa một buổi tiếp công dân (kèm phiên bản đang sửa)', params: idParams, body: receptionUpdate, response: { 200: receptionOut, ...commonErrors } },
  }, async (req) => updateReception(contextOf(req, db), req.params.id, req.body));
  app.post(`${base}/:id/delete`, {
    schema: { tags, summary: 'Xóa một buổi tiếp công dân khỏi sổ, kèm lý do', params: idParams, body: receptionDelete, response: { 200: receptionOut, ...commonErrors } },
  }, async (req) => deleteReception(contextOf(req, db), req.params.id, req.body));
}
