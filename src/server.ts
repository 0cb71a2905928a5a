import type { ErrorCode } from './core/error-codes.js';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyReply, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Config } from './core/config.js';
import type { Database } from './core/db/connection.js';
import type { Jobs } from './core/jobs/kinds.js';
import { noSecurity, publicRoute, registerAuth } from './core/http/auth.js';
import { databaseUnavailable } from './core/db/errors.js';
import { registerIdempotency } from './core/http/idempotency.js';
import { registerErrorHandler, registerNotFoundHandler } from './core/http/errors.js';
import { registerWeb } from './core/http/web.js';
import { typed, type Deps } from './core/http/feature.js';
import { version } from './core/version.js';
import { accountRoutes } from './accounts/routes.js';
import { findSession } from './accounts/sessions.js';
import { auditRoutes } from './audit/routes.js';
import { unitRoutes } from './units/routes.js';
import { successionRoutes } from './succession/routes.js';
import { documentRoutes } from './documents/routes.js';
import { reportRoutes } from './reports/report-routes.js';
import { requestRoutes } from './reports/request-routes.js';
import { noticeRoutes } from './notices/routes.js';
import { templateRoutes } from './templates/routes.js';
import { modelRoutes } from './registries/models/routes.js';
import { outreachRoutes } from './registries/outreach/routes.js';
import { receptionRoutes } from './registries/reception/routes.js';
import { trainingRoutes } from './registries/trainings/routes.js';
import { inspectionRoutes } from './registries/inspections/routes.js';
import { awardRoutes } from './registries/awards/routes.js';
import { disclosureRoutes } from './registries/disclosures/routes.js';
import { voterPetitionRoutes } from './registries/voter-petitions/routes.js';
import { officerRoutes } from './registries/officers/routes.js';
import { recountDisclosureDeadlines } from './registries/disclosures/service.js';
import { indicatorRoutes } from './indicators/routes.js';
import { petitionRoutes } from './registries/petitions/routes.js';
import { refreshDeadlines } from './registries/petitions/service.js';
import { calendarRoutes } from './calendar/routes.js';

z.config(z.locales.vi());

export const webDist = fileURLToPath(new URL('../web/dist', import.meta.url));

export interface AppOptions {
  database: Database;
  config: Config;
  /** The job queue, started by the caller once the database is prepared; closing the app stops it. */
  jobs: Jobs;
  logger?: FastifyServerOptions['logger'];
  /** Serve the built UI from web/dist (production). */
  serveWeb?: boolean;
  /** What "now" is for every use case; tests set a date instead of waiting for one. */
  clock?: () => Date;
  /** False while the database is not prepared yet: the API answers 503. */
  isReady?: () => boolean;
}

export async function buildApp({ database, config, jobs, logger = false, serveWeb = false, clock = () => new Date(), isReady = () => true }: AppOptions) {
  const app = Fastify({
    logger,
    // X-Forwarded-For is believed only from the configured proxy: otherwise anyone could write the address the audit log keeps.
    trustProxy: config.trustProxy ?? false,
    bodyLimit: 2 * 1024 * 1024,
    // A URL Fastify cannot even route (bad percent-encoding) gets the usual error shape, not its English body.
    frameworkErrors: (error, _request, reply) => {
      const body = { error: { code: 'BAD_URL' satisfies ErrorCode, message: 'Địa chỉ yêu cầu không hợp lệ (sai mã hóa ký tự).', details: { reason: error.code } } };
      void (reply as unknown as FastifyReply).status(400).send(body);
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  app.addHook('onClose', () => jobs.stop());

  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: 'danvan API', description: 'API của hệ thống quản lý công tác Dân vận chính quyền', version },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'danvan_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.addHook('onRequest', async (request) => {
    if (!isReady() && request.url.startsWith('/api/')) throw databaseUnavailable();
  });
  app.addHook('onSend', async (request, reply) => {
    // No other site frames danvan (clickjacking), no content is sniffed into another type, no address leaks
    // to other sites; answers of the API hold a unit's data and are never kept by a cache or the browser.
    reply.header('content-security-policy', "frame-ancestors 'none'");
    reply.header('x-frame-options', 'DENY');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
  registerAuth(app, (token) => findSession(database.db, token), clock);
  registerIdempotency(app, database.db);

  typed(app).get('/api/health', {
    ...publicRoute,
    schema: {
      tags: ['Hệ thống'], security: noSecurity, summary: 'Tình trạng hệ thống',
      response: { 200: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']), version: z.string() }) },
    },
  }, async () => {
    await database.db.execute(sql`select 1`);
    return { status: 'ok' as const, db: database.kind, version };
  });

  const deps: Deps = { database, config, jobs };
  // Petition and disclosure deadlines count working days: a calendar edit recounts them.
  const workCalendar = calendarRoutes([(tx, year, { config }) => refreshDeadlines(tx, year, { rulesOn: config.petitionRulesOn }), recountDisclosureDeadlines]);
  for (const feature of [accountRoutes, unitRoutes, successionRoutes, auditRoutes, documentRoutes, templateRoutes, requestRoutes, reportRoutes, noticeRoutes, modelRoutes, outreachRoutes, receptionRoutes, trainingRoutes, inspectionRoutes, awardRoutes, disclosureRoutes, voterPetitionRoutes, officerRoutes, petitionRoutes, workCalendar, indicatorRoutes]) feature(app, deps);

  if (serveWeb) await registerWeb(app, webDist);
  registerNotFoundHandler(app, { spaIndex: serveWeb });
  return app;
}
