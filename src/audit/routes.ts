import type { FastifyInstance } from 'fastify';
import { contextOf } from '../core/http/auth.js';
import { commonErrors, typed, type Deps } from '../core/http/feature.js';
import { auditPage, auditQuery } from './schema.js';
import { listAudit } from './service.js';

export function auditRoutes(fastify: FastifyInstance, { database }: Deps) {
  typed(fastify).get('/api/v1/audit', {
    schema: { tags: ['Nhật ký'], summary: 'Nhật ký thay đổi trong phạm vi đơn vị của người dùng', querystring: auditQuery, response: { 200: auditPage, ...commonErrors } },
  }, async (req) => listAudit(contextOf(req, database.db), req.query));
}
