import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../core/http/feature.js';
import { registryRoutes } from '../kit/routes.js';
import { inspectionDelete, inspectionInput, inspectionOut, inspectionPage, inspectionQuery, inspectionUpdate } from './schema.js';
import { inspectionRegistry } from './service.js';

export function inspectionRoutes(fastify: FastifyInstance, { database }: Deps) {
  registryRoutes(fastify, database.db, {
    base: '/api/v1/registries/inspections', tag: 'Sổ kiểm tra, giám sát', noun: 'một cuộc kiểm tra, giám sát',
    listSummary: 'Các cuộc kiểm tra, giám sát trong phạm vi: lọc theo đơn vị, cơ quan, loại, khoảng ngày; tìm không dấu',
    schemas: { query: inspectionQuery, input: inspectionInput, update: inspectionUpdate, out: inspectionOut, page: inspectionPage, remove: inspectionDelete },
    service: inspectionRegistry,
  });
}
