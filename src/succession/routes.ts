import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../core/http/auth.js';
import { commonErrors, typed, type Deps } from '../core/http/feature.js';
import { unitOperation } from '../units/schema.js';
import { codeParams } from '../units/schema.js';
import { handOverInput, handOverPreview, handOverResult } from './schema.js';
import { applyOperation, handOver, previewHandOver } from './service.js';

const tags = ['Đơn vị hành chính'];

export function successionRoutes(fastify: FastifyInstance, { database }: Deps) {
  const app = typed(fastify);
  const db = database.db;

  app.post('/api/v1/unit-operations', {
    schema: {
      tags, summary: 'Thành lập, đổi tên, điều chỉnh, sáp nhập, chia tách hoặc giải thể đơn vị (quản trị hệ thống); sáp nhập và giải thể có thể bàn giao luôn tài khoản, yêu cầu đang mở và dự thảo',
      body: unitOperation, response: { 201: z.object({ eventId: z.number() }), ...commonErrors },
    },
  }, async (req, reply) => reply.status(201).send(await applyOperation(contextOf(req, db), req.body)));

  app.get('/api/v1/units/:code/hand-over', {
    schema: {
      tags, summary: 'Những gì một đơn vị đã hết hiệu lực còn giữ (tài khoản, yêu cầu đang mở, dự thảo) và đơn vị kế thừa gợi ý',
      params: codeParams, response: { 200: handOverPreview, ...commonErrors },
    },
  }, async (req) => previewHandOver(contextOf(req, db), req.params.code));

  app.post('/api/v1/units/:code/hand-over', {
    schema: {
      tags, summary: 'Bàn giao tài khoản, yêu cầu đang mở và dự thảo của đơn vị đã hết hiệu lực cho đơn vị kế thừa',
      params: codeParams, body: handOverInput, response: { 200: handOverResult, ...commonErrors },
    },
  }, async (req) => handOver(contextOf(req, db), req.params.code, req.body));
}
