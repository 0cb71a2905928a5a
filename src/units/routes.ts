import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../core/http/auth.js';
import { commonErrors, typed, type Deps } from '../core/http/feature.js';
import { todayIso } from '../core/vi-format.js';
import { getProfile, listProfileYears, putProfile } from './profile-service.js';
import { profileInput, profileOut, profileYear } from './profile-schema.js';
import { unitHistory as unitHistorySchema, unitListQuery, unitSummary } from './schema.js';
import { listUnits, readableUnit, unitHistory, unitSummary as summarize } from './service.js';

export const codeParams = z.object({ code: z.string().min(1).max(32) });
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

  app.get('/api/v1/units/:code/profiles', {
    schema: { tags, summary: 'Các năm đã có số liệu đặc điểm tình hình', params: codeParams, response: { 200: z.object({ years: z.array(z.number()) }), ...commonErrors } },
  }, async (req) => ({ years: await listProfileYears(contextOf(req, db), req.params.code) }));

  const yearParams = codeParams.extend({ year: profileYear });
  app.get('/api/v1/units/:code/profiles/:year', {
    schema: { tags, summary: 'Số liệu đặc điểm tình hình của một năm', params: yearParams, response: { 200: profileOut, ...commonErrors } },
  }, async (req) => getProfile(contextOf(req, db), req.params.code, req.params.year));

  app.put('/api/v1/units/:code/profiles/:year', {
    schema: {
      tags, summary: 'Lưu số liệu đặc điểm tình hình; vi phạm quy tắc cộng được trả về dưới dạng cảnh báo',
      params: yearParams, body: profileInput, response: { 200: profileOut, 201: profileOut, ...commonErrors },
    },
  }, async (req, reply) => {
    const { profile, created } = await putProfile(contextOf(req, db), req.params.code, req.params.year, req.body);
    return reply.status(created ? 201 : 200).send(profile);
  });
}
