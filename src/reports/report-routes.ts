import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../core/http/auth.js';
import { commonErrors, okBody, typed, type Deps } from '../core/http/feature.js';
import { errorBody, recordId } from '../core/schema-helpers.js';
import { exportReport } from './report-export.js';
import { findSoffice, pdfFontProblem } from '../exports/pdf.js';
import { diffVersions, getVersion, listVersions } from './report-history.js';
import { createReport, saveReport, deleteDraft } from './report-service.js';
import { reportAnswer } from './report-answer.js';
import { listReports } from './report-list.js';
import { actOnReport } from './report-workflow.js';
import { changeOut, diffQuery, exportQuery, idParams, reportActionInput, reportCreateInput, reportOut, reportPage, reportQuery, reportSaveInput, versionOut, versionSummary } from './schema.js';

const tags = ['Báo cáo'];

export function reportRoutes(fastify: FastifyInstance, { database, jobs }: Deps) {
  const app = typed(fastify);
  const db = database.db;

  app.get('/api/v1/reports', {
    schema: { tags, summary: 'Báo cáo của đơn vị mình và của các đơn vị cấp dưới: tìm không dấu theo trích yếu, số, đơn vị; lọc theo đơn vị, loại kỳ, năm, trạng thái; từng trang', querystring: reportQuery, response: { 200: reportPage, ...commonErrors } },
  }, async (req) => listReports(contextOf(req, db), req.query));

  app.post('/api/v1/reports', {
    schema: { tags, summary: 'Tạo dự thảo báo cáo theo một yêu cầu (hoặc theo một đề cương)', body: reportCreateInput, response: { 201: reportOut, ...commonErrors } },
  }, async (req, reply) => reply.status(201).send(await createReport(contextOf(req, db), req.body)));

  // The answer is already the JSON of reportOut (report-answer.ts keeps it serialized): sent as it is.
  app.get('/api/v1/reports/:id', {
    schema: { tags, summary: 'Một báo cáo: nội dung, trạng thái, quyền, các bước duyệt', params: idParams, response: { 200: reportOut, ...commonErrors } },
  }, async (req, reply) => (reply as FastifyReply).type('application/json; charset=utf-8').send(await reportAnswer(contextOf(req, db), req.params.id)));

  app.put('/api/v1/reports/:id', {
    schema: {
      tags, summary: 'Lưu báo cáo (mỗi lần lưu là một phiên bản); 409 kèm nội dung hiện hành nếu người khác vừa lưu',
      params: idParams, body: reportSaveInput, response: { 200: reportOut, ...commonErrors },
    },
  }, async (req) => saveReport(contextOf(req, db), req.params.id, req.body));

  app.delete('/api/v1/reports/:id', {
    schema: { tags, summary: 'Xóa dự thảo chưa từng trình (chỉ người soạn của đơn vị)', params: idParams, response: { 200: okBody, ...commonErrors } },
  }, async (req) => {
    await deleteDraft(contextOf(req, db), req.params.id);
    return { ok: true as const };
  });

  app.post('/api/v1/reports/:id/actions', {
    schema: { tags, summary: 'Trình, trình lại, trả lại (kèm lý do) hoặc tiếp nhận báo cáo', params: idParams, body: reportActionInput, response: { 200: reportOut, ...commonErrors } },
  }, async (req) => actOnReport(contextOf(req, db), req.params.id, req.body));

  app.get('/api/v1/reports/:id/versions', {
    schema: { tags, summary: 'Các phiên bản đã lưu', params: idParams, response: { 200: z.array(versionSummary), ...commonErrors } },
  }, async (req) => listVersions(contextOf(req, db), req.params.id));

  app.get('/api/v1/reports/:id/versions/:version', {
    schema: { tags, summary: 'Nội dung một phiên bản', params: idParams.extend({ version: recordId }), response: { 200: versionOut, ...commonErrors } },
  }, async (req) => getVersion(contextOf(req, db), req.params.id, req.params.version));

  app.get('/api/v1/reports/:id/diff', {
    schema: { tags, summary: 'Những phần khác nhau giữa hai phiên bản', params: idParams, querystring: diffQuery, response: { 200: z.array(changeOut), ...commonErrors } },
  }, async (req) => diffVersions(contextOf(req, db), req.params.id, req.query.from, req.query.to));

  app.get('/api/v1/reports/export-formats', {
    schema: { tags, summary: 'Định dạng xuất được trên máy chủ này (PDF cần LibreOffice)', response: { 200: z.object({ docx: z.literal(true), pdf: z.boolean(), pdfWarning: z.string().nullable() }), ...commonErrors } },
  }, async (req) => {
    contextOf(req, db); // signed-in users only, like every report route
    const pdf = findSoffice() !== null;
    return { docx: true as const, pdf, pdfWarning: pdf ? pdfFontProblem() : null };
  });

  app.get('/api/v1/reports/:id/export', {
    schema: {
      tags, summary: 'Tải báo cáo dạng Word (.docx, theo Nghị định 30/2020/NĐ-CP) hoặc PDF',
      params: idParams, querystring: exportQuery,
      response: { 200: z.any().describe('Tệp .docx hoặc .pdf'), ...commonErrors, 503: errorBody.describe('PDF: chưa cài LibreOffice, không chuyển được, hoặc máy chủ đang bận (PDF_BUSY, kèm Retry-After)') },
    },
  }, async (req, reply) => {
    const file = await exportReport(contextOf(req, db), req.params.id, req.query.format, jobs.pdf);
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .send(file.body);
  });
}
