import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idParams } from '../../core/schema-helpers.js';
import { contextOf } from '../../core/http/auth.js';
import { commonErrors, typed, type Deps } from '../../core/http/feature.js';
import { caseDetailOut, caseOut, casePage, caseQuery, caseUpdate, letterDelete, letterInput, letterOut, letterPage, letterQuery, letterUpdate, similarOut, similarQuery } from './schema.js';
import { caseHandlers, createLetter, currentRuleTable, deleteLetter, refreshDeadlines, rulesInput, saveRuleTable, getCase, getLetter, letterSheets, listCases, listLetters, similarCases, updateCase, updateLetter } from './service.js';
import { sheetRoutes } from '../kit/sheet-routes.js';

const tags = ['Sổ đơn thư, vụ việc'];

export function petitionRoutes(fastify: FastifyInstance, { database, config }: Deps) {
  const app = typed(fastify);
  const db = database.db;
  const base = '/api/v1/registries/petitions';
  const settings = { rulesOn: config.petitionRulesOn };

  app.get(`${base}/letters`, {
    schema: { tags, summary: 'Các đơn trong phạm vi: lọc theo đơn vị, loại, vụ việc, khoảng ngày; tìm không dấu (không bao giờ kèm danh tính người tố cáo)', querystring: letterQuery, response: { 200: letterPage, ...commonErrors } },
  }, async (req) => listLetters(contextOf(req, db), req.query));
  app.get(`${base}/letters/:id`, {
    schema: { tags, summary: 'Một đơn; danh tính người tố cáo chỉ hiện với người xử lý, lãnh đạo đơn vị và quản trị', params: idParams, response: { 200: letterOut, ...commonErrors } },
  }, async (req) => getLetter(contextOf(req, db), req.params.id));
  app.post(`${base}/letters`, {
    schema: { tags, summary: 'Ghi một đơn nhận được, vào vụ việc đã có (caseId) hoặc mở vụ việc mới', body: letterInput, response: { 201: letterOut, ...commonErrors } },
  }, async (req, reply) => reply.status(201).send(await createLetter(contextOf(req, db), req.body, settings)));
  app.put(`${base}/letters/:id`, {
    schema: { tags, summary: 'Sửa một đơn, hoặc gắn đơn vào vụ việc khác (kèm phiên bản đang sửa)', params: idParams, body: letterUpdate, response: { 200: letterOut, ...commonErrors } },
  }, async (req) => updateLetter(contextOf(req, db), req.params.id, req.body, settings));
  app.post(`${base}/letters/:id/delete`, {
    schema: { tags, summary: 'Xóa một đơn khỏi sổ, kèm lý do (vụ việc không còn đơn nào cũng được xóa)', params: idParams, body: letterDelete, response: { 200: letterOut, ...commonErrors } },
  }, async (req) => deleteLetter(contextOf(req, db), req.params.id, req.body, settings));

  app.get(`${base}/cases`, {
    schema: { tags, summary: 'Các vụ việc trong phạm vi: quá hạn trước; lọc theo đơn vị, loại, trạng thái (open, closed, overdue), khoảng ngày', querystring: caseQuery, response: { 200: casePage, ...commonErrors } },
  }, async (req) => listCases(contextOf(req, db), req.query));
  app.get(`${base}/cases/:id`, {
    schema: { tags, summary: 'Một vụ việc: các đơn, thời hạn từng bước theo quy định và căn cứ', params: idParams, response: { 200: caseDetailOut, ...commonErrors } },
  }, async (req) => getCase(contextOf(req, db), req.params.id, settings));
  app.put(`${base}/cases/:id`, {
    schema: { tags, summary: 'Ghi việc xử lý vụ việc: thẩm quyền, thụ lý, hòa giải, kết quả, ngày kết thúc', params: idParams, body: caseUpdate, response: { 200: caseOut, ...commonErrors } },
  }, async (req) => updateCase(contextOf(req, db), req.params.id, req.body, settings));
  app.get(`${base}/cases/:id/handlers`, {
    schema: { tags, summary: 'Những người có thể được giao xử lý vụ việc: tài khoản của chính đơn vị có vụ việc hôm nay', params: idParams, response: { 200: z.array(z.object({ username: z.string(), fullName: z.string() })), ...commonErrors } },
  }, async (req) => caseHandlers(contextOf(req, db), req.params.id));
  app.get(`${base}/similar`, {
    schema: { tags, summary: 'Vụ việc của đơn vị có thể trùng với một đơn mới (theo nội dung)', querystring: similarQuery, response: { 200: similarOut, ...commonErrors } },
  }, async (req) => similarCases(contextOf(req, db), req.query.unitCode, req.query.summary, req.query.kind));
  const ruleTable = z.object({
    rulesOn: z.enum(['start', 'today']),
    rules: z.array(z.object({ procedure: z.string(), variant: z.string(), days: z.number(), dayKind: z.string(), validFrom: z.string(), validTo: z.string().nullable(), source: z.string() })),
    version: z.number().nullable(), savedBy: z.string().nullable(), savedAt: z.string().nullable(),
  });
  app.get(`${base}/rules`, {
    schema: { tags, summary: 'Bảng quy định thời hạn (có hiệu lực theo ngày) và cách chọn quy định khi luật thay đổi', response: { 200: ruleTable, ...commonErrors } },
  }, async (req) => {
    const ctx = contextOf(req, db);
    return { rulesOn: settings.rulesOn, ...(await ctx.transaction((tx) => currentRuleTable(tx.db))) };
  });
  app.put(`${base}/rules`, {
    schema: { tags, summary: 'Lưu bảng quy định thời hạn (quản trị hệ thống; cả bảng, kèm phiên bản đang sửa); thời hạn của các vụ việc đang mở được tính lại', body: rulesInput, response: { 200: ruleTable, ...commonErrors } },
  }, async (req) => ({ rulesOn: settings.rulesOn, ...(await saveRuleTable(contextOf(req, db), req.body, (tx) => refreshDeadlines(tx, null, settings))) }));
  sheetRoutes(fastify, db, `${base}/letters`, tags, letterQuery, letterSheets(settings));
}
