import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../core/http/feature.js';
import { registryRoutes } from '../kit/routes.js';
import { awardDelete, awardInput, awardOut, awardPage, awardQuery, awardUpdate } from './schema.js';
import { awardRegistry } from './service.js';

export function awardRoutes(fastify: FastifyInstance, { database }: Deps) {
  registryRoutes(fastify, database.db, {
    base: '/api/v1/registries/awards', tag: 'Sổ khen thưởng', noun: 'một quyết định khen thưởng',
    listSummary: 'Các quyết định khen thưởng trong phạm vi: lọc theo đơn vị, hình thức, khoảng ngày; tìm không dấu (số quyết định, người được khen)',
    schemas: { query: awardQuery, input: awardInput, update: awardUpdate, out: awardOut, page: awardPage, remove: awardDelete },
    service: awardRegistry,
  });
}
