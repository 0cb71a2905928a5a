import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../core/http/feature.js';
import { registryRoutes } from '../kit/routes.js';
import { outreachDelete, outreachInput, outreachOut, outreachPage, outreachQuery, outreachUpdate } from './schema.js';
import { outreachRegistry } from './service.js';

export function outreachRoutes(fastify: FastifyInstance, { database }: Deps) {
  registryRoutes(fastify, database.db, {
    base: '/api/v1/registries/outreach', tag: 'Sổ tuyên truyền, phổ biến', noun: 'một đợt tuyên truyền',
    listSummary: 'Các đợt tuyên truyền trong phạm vi: lọc theo đơn vị, hình thức, khoảng ngày; tìm không dấu',
    schemas: { query: outreachQuery, input: outreachInput, update: outreachUpdate, out: outreachOut, page: outreachPage, remove: outreachDelete },
    service: outreachRegistry,
  });
}
