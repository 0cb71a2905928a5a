import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../core/config.js';
import type { Database } from '../core/db/connection.js';
import { loadDemo } from '../demo/load.js';
import { buildApp } from '../server.js';
import { createJobs } from '../jobs.js';
import type { PdfConverter } from '../core/jobs/kinds.js';
import { freshDatabase } from './database.js';

export interface Session {
  cookie: string;
  csrf: string;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  login(username: string, password?: string): Promise<Session>;
  /** app.inject with the session's cookie and CSRF header. */
  call(session: Session | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

interface TestAppOptions {
  demo?: boolean;
  today?: string;
  /** Settings as the environment would give them (DANVAN_PDF_WORKERS ...). */
  env?: NodeJS.ProcessEnv;
  /** What the PDF workers run instead of LibreOffice. */
  convertPdf?: PdfConverter;
}

/**
 * The app on a fresh database (with the demo data only when asked: tests build their own with
 * `testing/factories.ts`), with its job queue
 * running. `today` (yyyy-mm-dd, noon in Vietnam) fixes the app's clock: access follows the tree of that
 * day, and deadlines count from it.
 */
export async function testApp({ demo = false, today, env = {}, convertPdf }: TestAppOptions = {}): Promise<TestApp> {
  const database = await freshDatabase();
  const clock = today ? () => new Date(`${today}T12:00:00+07:00`) : undefined;
  if (demo) await loadDemo(database, clock);
  const config = loadConfig(env);
  const jobs = createJobs(database, config, convertPdf ? { convertPdf } : {});
  await jobs.start();
  const app = await buildApp({ database, config, jobs, ...(clock ? { clock } : {}) });
  await app.ready();
  return {
    app,
    database,
    async login(username, password = 'demo1234') {
      const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'danvan_session')!;
      return { cookie: `danvan_session=${cookie.value}`, csrf: res.json().csrfToken as string };
    },
    call(session, options) {
      const headers = { ...(options.headers ?? {}), ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}) };
      return app.inject({ ...options, headers });
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
