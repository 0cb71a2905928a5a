import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config.js';
import type { Database } from '../db/connection.js';
import type { Jobs } from '../jobs/kinds.js';
import { errorBody } from '../schema-helpers.js';

export interface Deps {
  database: Database;
  config: Config;
  jobs: Jobs;
}

/** A feature's routes: registered on the app with the Zod type provider. */
export type Feature = (app: ReturnType<FastifyInstance['withTypeProvider']> & FastifyInstance, deps: Deps) => void;

export function typed(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

/** The error answers every authenticated route may give, for the OpenAPI document. */
export const commonErrors = {
  400: errorBody,
  401: errorBody,
  403: errorBody,
  404: errorBody,
  409: errorBody,
} as const;

export const okBody = z.object({ ok: z.literal(true) });
