import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../core/http/auth.js';
import { commonErrors, typed, type Deps } from '../core/http/feature.js';
import { figureEntry, figureEntryOut, figureParams, figuresOut, figuresQuery, indicatorOut } from './schema.js';
import { enterFigure, listIndicators, unitFigures } from './service.js';
import { getProfile, listProfileYears, putProfile } from './profile-service.js';
import { profileInput, profileOut, profileYear } from '../units/profile-schema.js';
import { codeParams } from '../units/schema.js';

const tags = ['Chỉ tiêu, số liệu'];

export function indicatorRoutes(fastify: FastifyInstance, { database }: Deps) {
  const app = typed(fastify);
  const db = database.db;

  app.get('/api/v1/indicators', {
    schema: { tags, summary: 'Danh mục chỉ tiêu: mã, tên, đơn vị tính, cách tổng hợp, nguồn', response: { 200: z.array(indicatorOut), ...commonErrors } },
  }, async () => listIndicators());

  app.get('/api/v1/units/:code/figures', {
    schema: {
      tags, summary: 'Số liệu của chính đơn vị trong một kỳ (2023, 2023Q1, 2023H1, 2023-05, 2021..2023), kèm nguồn',
      params: figureParams.pick({ code: true }), querystring: figuresQuery, response: { 200: figuresOut, ...commonErrors },
    },
  }, async (req) => unitFigures(contextOf(req, db), req.params.code, req.query.period));

  app.put('/api/v1/units/:code/figures/:indicator', {
    schema: {
      tags, summary: 'Nhập (hoặc xóa, với null) số liệu một chỉ tiêu nhập tay của đơn vị trong một kỳ',
      params: figureParams, querystring: figuresQuery, body: figureEntry, response: { 200: figureEntryOut, ...commonErrors },
    },
  }, async (req) => enterFigure(contextOf(req, db), req.params.code, req.params.indicator, req.query.period, req.body));

  profileRoutes(app, db);
}

/** The profile data set keeps the units' URLs: a year's "đặc điểm tình hình" of a unit. */
function profileRoutes(app: ReturnType<typeof typed>, db: Deps['database']['db']) {
  const tags = ['Đơn vị hành chính'];
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
