import type { FastifyInstance } from 'fastify';
import { idParams } from '../../core/schema-helpers.js';
import { contextOf } from '../../core/http/auth.js';
import { commonErrors, typed, type Deps } from '../../core/http/feature.js';
import { modelDelete, modelInput, modelOut, modelPage, modelQuery, modelUpdate } from './schema.js';
import { createModel, deleteModel, getModel, listModels, updateModel } from './service.js';

const tags = ['Sổ mô hình "Dân vận khéo"'];

export function modelRoutes(fastify: FastifyInstance, { database }: Deps) {
  const app = typed(fastify);
  const db = database.db;

  app.get('/api/v1/registries/models', {
    schema: { tags, summary: 'Các mô hình "Dân vận khéo" trong phạm vi: lọc theo đơn vị, lĩnh vực, tổ chức, tình trạng, năm; tìm không dấu', querystring: modelQuery, response: { 200: modelPage, ...commonErrors } },
  }, async (req) => listModels(contextOf(req, db), req.query));

  app.get('/api/v1/registries/models/:id', {
    schema: { tags, summary: 'Một mô hình (kể cả đã xóa, kèm lý do)', params: idParams, response: { 200: modelOut, ...commonErrors } },
  }, async (req) => getModel(contextOf(req, db), req.params.id));

  app.post('/api/v1/registries/models', {
    schema: { tags, summary: 'Ghi một mô hình vào sổ', body: modelInput, response: { 201: modelOut, ...commonErrors } },
  }, async (req, reply) => reply.status(201).send(await createModel(contextOf(req, db), req.body)));

  app.put('/api/v1/registries/models/:id', {
    schema: { tags, summary: 'Sửa một mô hình (kèm phiên bản đang sửa; 409 nếu người khác vừa lưu)', params: idParams, body: modelUpdate, response: { 200: modelOut, ...commonErrors } },
  }, async (req) => updateModel(contextOf(req, db), req.params.id, req.body));

  app.post('/api/v1/registries/models/:id/delete', {
    schema: { tags, summary: 'Xóa một mô hình khỏi sổ, kèm lý do (bản ghi được giữ để tra lại các số liệu đã báo cáo)', params: idParams, body: modelDelete, response: { 200: modelOut, ...commonErrors } },
  }, async (req) => deleteModel(contextOf(req, db), req.params.id, req.body));
}
