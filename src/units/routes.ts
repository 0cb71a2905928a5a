import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../core/http/auth.js';
import { commonErrors, typed, type Deps } from '../core/http/feature.js';
import { todayIso } from '../core/vi-format.js';
import { codeParams, unitHistory as unitHistorySchema, unitListQuery, unitSummary } from './schema.js';
import { listUnits, readableUnit, unitHistory, unitSummary as summarize } from './service.js';

const tags = ['Đơn vị hành chính'];

export function unitRoutes(fastify: FastifyInstance, { database }: Deps) {
  const app = typed(fastify);
  const db = database.db;

  app.get('/api/v1/units', {
    schema: {
      tags, summary: 'Các đơn vị có hiệu lực vào một ngày (mặc định hôm nay) trong phạm vi người dùng',
      querystring: unitListQuery, response: { 200: z.array(unitSummary), ...commonErrors },
    },
  }, async (req) => listUnits(contextOf(req, db), req.query.asOf ?? todayIso()));

  app.get('/api/v1/units/:code', {
    schema: { tags, summary: 'Một đơn vị (tên, cấp, đơn vị cấp trên hôm nay)', params: codeParams, response: { 200: unitSummary, ...commonErrors } },
  }, async (req) => {
    const ctx = contextOf(req, db);
    return summarize(ctx, await readableUnit(ctx, req.params.code), todayIso());
  });

  app.get('/api/v1/units/:code/history', {
    schema: {
      tags, summary: 'Lịch sử đơn vị: các phiên bản, sự kiện, đơn vị tiền thân và kế thừa',
      params: codeParams, response: { 200: unitHistorySchema, ...commonErrors },
    },
  }, async (req) => unitHistory(contextOf(req, db), req.params.code));
}
