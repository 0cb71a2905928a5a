import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../core/http/feature.js';
import { registryRoutes } from '../kit/routes.js';
import { trainingDelete, trainingInput, trainingOut, trainingPage, trainingQuery, trainingUpdate } from './schema.js';
import { trainingRegistry } from './service.js';

export function trainingRoutes(fastify: FastifyInstance, { database }: Deps) {
  registryRoutes(fastify, database.db, {
    base: '/api/v1/registries/trainings', tag: 'Sổ tập huấn, bồi dưỡng', noun: 'một khóa tập huấn, bồi dưỡng',
    listSummary: 'Các khóa tập huấn, bồi dưỡng trong phạm vi: lọc theo đơn vị, nơi tổ chức, khoảng ngày; tìm không dấu',
    schemas: { query: trainingQuery, input: trainingInput, update: trainingUpdate, out: trainingOut, page: trainingPage, remove: trainingDelete },
    service: trainingRegistry,
  });
}
