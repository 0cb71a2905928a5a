import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../core/http/feature.js';
import { registryRoutes } from '../kit/routes.js';
import { voterPetitionDelete, voterPetitionInput, voterPetitionOut, voterPetitionPage, voterPetitionQuery, voterPetitionUpdate } from './schema.js';
import { voterPetitionRegistry } from './service.js';

export function voterPetitionRoutes(fastify: FastifyInstance, { database }: Deps) {
  registryRoutes(fastify, database.db, {
    base: '/api/v1/registries/voter-petitions', tag: 'Sổ kiến nghị cử tri', noun: 'một kiến nghị cử tri',
    listSummary: 'Các kiến nghị cử tri trong phạm vi: lọc theo đơn vị, nơi kiến nghị, thẩm quyền, khoảng ngày; tìm không dấu',
    schemas: { query: voterPetitionQuery, input: voterPetitionInput, update: voterPetitionUpdate, out: voterPetitionOut, page: voterPetitionPage, remove: voterPetitionDelete },
    service: voterPetitionRegistry,
  });
}
