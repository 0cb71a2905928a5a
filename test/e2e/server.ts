/**
 * Starts the danvan server in-process for browser tests: a fresh in-memory database with the demo data,
 * the API and the built UI (web/dist) on one origin, on a random free port.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Database } from '../../src/core/db/connection.js';
import { loadDemo } from '../../src/demo/load.js';
import { buildApp, webDist } from '../../src/server.js';
import { loadConfig } from '../../src/core/config.js';
import { prepareDatabase } from '../../src/setup.js';
import { createJobs } from '../../src/jobs.js';

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(port = 0): Promise<TestServer> {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) {
    throw new Error('web/dist chưa được build: chạy "npm run test:e2e" (nó build giao diện trước).');
  }
  const database: Database = await openDatabase({ memory: true });
  await prepareDatabase(database);
  await loadDemo(database);
  const config = loadConfig();
  const jobs = createJobs(database, config);
  await jobs.start();
  const app = await buildApp({ database, config, jobs, serveWeb: true });
  await app.listen({ port, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('Không lấy được cổng của máy chủ thử nghiệm');
  return {
    url: `http://127.0.0.1:${address.port}`,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
