import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../core/http/auth.js';
import { commonErrors, typed, type Deps } from '../core/http/feature.js';
import { compileRequest } from './compile-service.js';
import { createRequest } from '../requests/service.js';
import { getRequest, listRequests, notices } from './request-progress.js';
import { compiledOut, idParams, noticeOut, requestOut, requestPage, requestQuery } from './schema.js';
import { requestCreateInput, requestExtendInput, requestWithdrawInput } from '../requests/schema.js';
import { extendDeadline, withdrawRequest } from '../requests/changes.js';
import { dashboard } from './dashboard.js';
import { dashboardOut, reminderOut } from './dashboard-schema.js';
import { remindOverdue } from './reminders.js';
import { recipientSheet } from './request-sheet.js';

const tags = ['Yêu cầu báo cáo'];

export function requestRoutes(fastify: FastifyInstance, { database }: Deps) {
  const app = typed(fastify);
  const db = database.db;

  app.get('/api/v1/report-requests', {
    schema: { tags, summary: 'Yêu cầu báo cáo đã gửi (trong phạm vi) và đã nhận (đơn vị mình phải báo cáo): tìm không dấu, lọc theo đơn vị, loại kỳ, năm, tình trạng, hạn nộp; từng trang', querystring: requestQuery, response: { 200: requestPage, ...commonErrors } },
  }, async (req) => listRequests(contextOf(req, db), req.query));

  app.get('/api/v1/report-requests/:id', {
    schema: { tags, summary: 'Một yêu cầu: tình hình nộp của từng đơn vị, tỷ lệ đầy đủ và đúng hạn', params: idParams, response: { 200: requestOut, ...commonErrors } },
  }, async (req) => getRequest(contextOf(req, db), req.params.id));

  app.get('/api/v1/report-requests/:id/recipients.xlsx', {
    schema: { tags, summary: 'Tải bảng tình hình nộp của các đơn vị dạng Excel (.xlsx): ngày nhận, ngày tiếp nhận, số báo cáo', params: idParams, response: { 200: z.any().describe('Tệp .xlsx'), ...commonErrors } },
  }, async (req, reply) => {
    const file = await recipientSheet(contextOf(req, db), req.params.id);
    return reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="${file.filename}"`).send(file.body);
  });

  app.post('/api/v1/report-requests', {
    schema: { tags, summary: 'Gửi yêu cầu báo cáo xuống các đơn vị cấp dưới', body: requestCreateInput, response: { 201: requestOut, ...commonErrors } },
  }, async (req, reply) => {
    const ctx = contextOf(req, db);
    return reply.status(201).send(await getRequest(ctx, await createRequest(ctx, req.body)));
  });

  app.post('/api/v1/report-requests/:id/deadline', {
    schema: { tags, summary: 'Gia hạn: dời hạn nộp về sau (kèm phiên bản yêu cầu đang xem)', params: idParams, body: requestExtendInput, response: { 200: requestOut, ...commonErrors } },
  }, async (req) => {
    const ctx = contextOf(req, db);
    await extendDeadline(ctx, req.params.id, req.body);
    return getRequest(ctx, req.params.id);
  });

  app.post('/api/v1/report-requests/:id/withdraw', {
    schema: { tags, summary: 'Thu hồi yêu cầu (kèm lý do); các đơn vị thấy yêu cầu đã thu hồi, dự thảo được giữ', params: idParams, body: requestWithdrawInput, response: { 200: requestOut, ...commonErrors } },
  }, async (req) => {
    const ctx = contextOf(req, db);
    await withdrawRequest(ctx, req.params.id, req.body);
    return getRequest(ctx, req.params.id);
  });

  app.post('/api/v1/report-requests/:id/remind', {
    schema: { tags, summary: 'Nhắc nhở: gửi thông báo đến các đơn vị quá hạn chưa nộp báo cáo (mỗi đơn vị một lần mỗi ngày)', params: idParams, response: { 200: reminderOut, ...commonErrors } },
  }, async (req) => remindOverdue(contextOf(req, db), req.params.id));

  app.get('/api/v1/report-requests/:id/compiled', {
    schema: { tags, summary: 'Bảng tổng hợp số liệu của các đơn vị đã nộp', params: idParams, response: { 200: compiledOut, ...commonErrors } },
  }, async (req) => compileRequest(contextOf(req, db), req.params.id));

  app.get('/api/v1/notices', {
    schema: { tags, summary: 'Báo cáo đơn vị mình còn phải nộp, kèm số ngày còn lại', response: { 200: z.array(noticeOut), ...commonErrors } },
  }, async (req) => notices(contextOf(req, db)));

  app.get('/api/v1/dashboard', {
    schema: { tags, summary: 'Tổng quan: báo cáo chờ tiếp nhận, yêu cầu đang mở và tiến độ, đơn vị quá hạn; báo cáo đơn vị phải nộp, bị trả lại, dự thảo', response: { 200: dashboardOut, ...commonErrors } },
  }, async (req) => dashboard(contextOf(req, db)));
}
