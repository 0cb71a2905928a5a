import type { FastifyInstance } from 'fastify';
import { contextOf } from '../core/http/auth.js';
import { commonErrors, typed, type Deps } from '../core/http/feature.js';
import { unitNoticeList } from './schema.js';
import { markNoticesRead, unitNotices } from './service.js';

const tags = ['Thông báo'];

export function noticeRoutes(fastify: FastifyInstance, { database }: Deps) {
  const app = typed(fastify);
  const db = database.db;

  app.get('/api/v1/unit-notices', {
    schema: { tags, summary: 'Thông báo gửi đơn vị mình (nhắc nộp báo cáo, báo cáo bị trả lại), mới nhất trước', response: { 200: unitNoticeList, ...commonErrors } },
  }, async (req) => unitNotices(contextOf(req, db)));

  app.post('/api/v1/unit-notices/read', {
    schema: { tags, summary: 'Đánh dấu đã xem mọi thông báo của đơn vị', response: { 200: unitNoticeList, ...commonErrors } },
  }, async (req) => markNoticesRead(contextOf(req, db)));
}
