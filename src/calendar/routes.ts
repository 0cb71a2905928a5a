import type { FastifyInstance } from 'fastify';
import { contextOf } from '../core/http/auth.js';
import { commonErrors, typed, type Deps } from '../core/http/feature.js';
import type { Context } from '../core/context.js';
import { calendarInput, calendarOut, calendarParams } from './schema.js';
import { getCalendarYear, saveCalendarYear } from './service.js';

const tags = ['Lịch ngày nghỉ, ngày làm việc'];

/** What counts on working days and is recounted, in the same transaction, when a year's calendar changes. */
export type CalendarDependent = (tx: Context, year: number, deps: Deps) => Promise<void>;

export const calendarRoutes = (dependents: CalendarDependent[]) => (fastify: FastifyInstance, deps: Deps) => {
  const app = typed(fastify);
  const db = deps.database.db;

  app.get('/api/v1/calendar/:year', {
    schema: { tags, summary: 'Ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù của một năm (lịch có sẵn hoặc do quản trị sửa)', params: calendarParams, response: { 200: calendarOut, ...commonErrors } },
  }, async (req) => getCalendarYear(contextOf(req, db), req.params.year));
  app.put('/api/v1/calendar/:year', {
    schema: { tags, summary: 'Quản trị sửa lịch cả năm; thời hạn đơn thư đang mở được tính lại', params: calendarParams, body: calendarInput, response: { 200: calendarOut, ...commonErrors } },
  }, async (req) => saveCalendarYear(contextOf(req, db), req.params.year, req.body, async (tx, year) => {
    for (const recount of dependents) await recount(tx, year, deps);
  }));
};
