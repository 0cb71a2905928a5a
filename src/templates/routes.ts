import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../core/http/auth.js';
import { commonErrors, typed, type Deps } from '../core/http/feature.js';
import { idParams } from '../core/schema-helpers.js';
import { templateCreateInput, templateOut, templateQuery, templateSummary, templateUpdateInput } from './schema.js';
import { createTemplate, getTemplate, listTemplates, updateTemplate } from './service.js';

const tags = ['Đề cương báo cáo'];

export function templateRoutes(fastify: FastifyInstance, { database }: Deps) {
  const app = typed(fastify);
  const db = database.db;

  app.get('/api/v1/report-templates', {
    schema: { tags, summary: 'Các đề cương báo cáo (có sẵn và do đơn vị tạo)', response: { 200: z.array(templateSummary), ...commonErrors } },
  }, async (req) => listTemplates(contextOf(req, db)));

  app.get('/api/v1/report-templates/:id', {
    schema: { tags, summary: 'Một đề cương (mặc định phiên bản hiện hành)', params: idParams, querystring: templateQuery, response: { 200: templateOut, ...commonErrors } },
  }, async (req) => getTemplate(contextOf(req, db), req.params.id, req.query.version));

  app.post('/api/v1/report-templates', {
    schema: { tags, summary: 'Tạo đề cương (lãnh đạo cấp tỉnh, cấp huyện)', body: templateCreateInput, response: { 201: templateOut, ...commonErrors } },
  }, async (req, reply) => reply.status(201).send(await createTemplate(contextOf(req, db), req.body)));

  app.put('/api/v1/report-templates/:id', {
    schema: { tags, summary: 'Sửa đề cương: lưu thành phiên bản mới; yêu cầu đã gửi giữ phiên bản cũ', params: idParams, body: templateUpdateInput, response: { 200: templateOut, ...commonErrors } },
  }, async (req) => updateTemplate(contextOf(req, db), req.params.id, req.body.baseVersion, req.body.template));
}
