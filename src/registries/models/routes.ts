import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../core/http/feature.js';
import { registryRoutes } from '../kit/routes.js';
import { modelDelete, modelInput, modelOut, modelPage, modelQuery, modelUpdate } from './schema.js';
import { modelRegistry } from './service.js';

export function modelRoutes(fastify: FastifyInstance, { database }: Deps) {
  registryRoutes(fastify, database.db, {
    base: '/api/v1/registries/models', tag: 'Sổ mô hình "Dân vận khéo"', noun: 'một mô hình "Dân vận khéo"',
    listSummary: 'Các mô hình "Dân vận khéo" trong phạm vi: lọc theo đơn vị, lĩnh vực, tổ chức, tình trạng, năm; tìm không dấu',
    schemas: { query: modelQuery, input: modelInput, update: modelUpdate, out: modelOut, page: modelPage, remove: modelDelete },
    service: modelRegistry,
  });
}
