import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParams, recordId } from '../core/schema-helpers.js';
import { contextOf } from '../core/http/auth.js';
import { commonErrors, typed, type Deps } from '../core/http/feature.js';
import { documentDetail, documentInput, documentLinkInput, documentOut, documentPage, documentQuery, documentResolveInput, documentUpdateInput, resolvedReference } from './schema.js';
import { createDocument, getDocument, linkDocuments, listDocuments, resolveReferences, unlinkDocuments, updateDocument } from './service.js';

const tags = ['Sổ văn bản'];

export function documentRoutes(fastify: FastifyInstance, { database }: Deps) {
  const app = typed(fastify);
  const db = database.db;

  app.get('/api/v1/documents', {
    schema: { tags, summary: 'Tìm văn bản theo số ký hiệu (mọi cách viết) hoặc từ khóa', querystring: documentQuery, response: { 200: documentPage, ...commonErrors } },
  }, async (req) => listDocuments(contextOf(req, db), req.query));

  app.post('/api/v1/documents/resolve', {
    schema: { tags, summary: 'Các văn bản được dẫn trong một đoạn văn, kèm mục tương ứng trong sổ (nếu có)', body: documentResolveInput, response: { 200: z.array(resolvedReference), ...commonErrors } },
  }, async (req) => resolveReferences(contextOf(req, db), req.body.text));

  app.get('/api/v1/documents/:id', {
    schema: { tags, summary: 'Một văn bản và các liên kết của nó', params: idParams, response: { 200: documentDetail, ...commonErrors } },
  }, async (req) => getDocument(contextOf(req, db), req.params.id));

  app.post('/api/v1/documents', {
    schema: { tags, summary: 'Thêm văn bản vào sổ (409 nếu đã có cùng số, ngày, cơ quan ban hành)', body: documentInput, response: { 201: documentOut, ...commonErrors } },
  }, async (req, reply) => reply.status(201).send(await createDocument(contextOf(req, db), req.body)));

  app.put('/api/v1/documents/:id', {
    schema: { tags, summary: 'Sửa văn bản (kèm phiên bản đang sửa)', params: idParams, body: documentUpdateInput, response: { 200: documentOut, ...commonErrors } },
  }, async (req) => updateDocument(contextOf(req, db), req.params.id, req.body));

  app.post('/api/v1/documents/:id/links', {
    schema: { tags, summary: 'Liên kết văn bản này với văn bản khác (triển khai, trả lời, dẫn chiếu, sửa đổi, thay thế)', params: idParams, body: documentLinkInput, response: { 200: documentDetail, ...commonErrors } },
  }, async (req) => linkDocuments(contextOf(req, db), req.params.id, req.body.toId, req.body.relation));

  app.delete('/api/v1/documents/:id/links/:linkId', {
    schema: { tags, summary: 'Bỏ một liên kết', params: idParams.extend({ linkId: recordId }), response: { 200: documentDetail, ...commonErrors } },
  }, async (req) => unlinkDocuments(contextOf(req, db), req.params.id, req.params.linkId));
}
