import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../core/http/feature.js';
import { registryRoutes } from '../kit/routes.js';
import { officerDelete, officerInput, officerOut, officerPage, officerQuery, officerUpdate } from './schema.js';
import { officerRegistry } from './service.js';

export function officerRoutes(fastify: FastifyInstance, { database }: Deps) {
  registryRoutes(fastify, database.db, {
    base: '/api/v1/registries/officers', tag: 'Sổ cán bộ phụ trách công tác dân vận', noun: 'một phân công cán bộ phụ trách',
    listSummary: 'Các phân công cán bộ phụ trách công tác dân vận trong phạm vi: lọc theo đơn vị, khoảng ngày; tìm không dấu',
    schemas: { query: officerQuery, input: officerInput, update: officerUpdate, out: officerOut, page: officerPage, remove: officerDelete },
    service: officerRegistry,
  });
}
