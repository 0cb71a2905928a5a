import { spawn } from 'node:child_process';
import type { Config } from '../core/config.js';
import { openDatabase } from '../core/db/connection.js';
import { isEmpty, loadDemo } from '../demo/load.js';
import { buildApp } from '../server.js';
import { prepareDatabase } from '../setup.js';

/**
 * Starts the server. On the embedded database an empty store gets the demo data, so `npm start` shows a
 * working system; a PostgreSQL server never gets demo data by itself (`danvan demo` does it on purpose).
 */
export async function serve(config: Config, { dev }: { dev: boolean }): Promise<void> {
  const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
  await prepareDatabase(database);
  if (database.kind === 'pglite' && (await isEmpty(database))) {
    console.log('Cơ sở dữ liệu nhúng còn trống: đang nạp dữ liệu minh họa...');
    await loadDemo(database);
  }
  const app = await buildApp({ database, config, logger: { level: 'info' }, serveWeb: !dev });
  const shutdown = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ port: config.port, host: config.host });
  console.log(`danvan đang chạy tại http://localhost:${config.port} (cơ sở dữ liệu: ${database.kind})`);
  if (dev) {
    // The Vite dev server serves the UI with hot reload and forwards /api to this process.
    spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'web/vite.config.ts'], {
      stdio: 'inherit', env: { ...process.env, DANVAN_API: `http://localhost:${config.port}` },
    });
  }
}
