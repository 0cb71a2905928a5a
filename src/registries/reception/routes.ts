import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../core/http/feature.js';
import { registryRoutes } from '../kit/routes.js';
import { receptionDelete, receptionInput, receptionOut, receptionPage, receptionQuery, receptionUpdate } from './schema.js';
import { receptionRegistry } from './service.js';

export function receptionRoutes(fastify: FastifyInstance, { database }: Deps) {
  registryRoutes(fastify, database.db, {
    base: '/api/v1/registries/receptions', tag: 'Sổ tiếp công dân, đối thoại', noun: 'một buổi tiếp công dân hoặc đối thoại',
    listSummary: 'Các buổi tiếp công dân, đối thoại trong phạm vi: lọc theo đơn vị, hình thức, khoảng ngày; tìm không dấu',
    schemas: { query: receptionQuery, input: receptionInput, update: receptionUpdate, out: receptionOut, page: receptionPage, remove: receptionDelete },
    service: receptionRegistry,
  });
}
