import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../core/http/feature.js';
import { registryRoutes } from '../kit/routes.js';
import { disclosureDelete, disclosureInput, disclosureOut, disclosurePage, disclosureQuery, disclosureUpdate } from './schema.js';
import { disclosureRegistry } from './service.js';

export function disclosureRoutes(fastify: FastifyInstance, { database }: Deps) {
  registryRoutes(fastify, database.db, {
    base: '/api/v1/registries/disclosures', tag: 'Sổ công khai (dân chủ ở cơ sở)', noun: 'một nội dung công khai',
    listSummary: 'Các nội dung công khai trong phạm vi: lọc theo đơn vị, nhóm nội dung, hình thức, khoảng ngày; tìm không dấu; kèm cảnh báo khi chưa đủ thời hạn luật định',
    schemas: { query: disclosureQuery, input: disclosureInput, update: disclosureUpdate, out: disclosureOut, page: disclosurePage, remove: disclosureDelete },
    service: disclosureRegistry,
  });
}
