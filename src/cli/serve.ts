import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../core/config.js';
import { openDatabase, type Database } from '../core/db/connection.js';
import { driverErrorOf } from '../core/db/errors.js';
import { isEmpty, loadDemo } from '../demo/load.js';
import { buildApp } from '../server.js';
import { prepareDatabase } from '../setup.js';

/**
 * Starts the server. On the embedded database an empty store gets the demo data, so `npm start` shows a
 * working system; a PostgreSQL server never gets demo data by itself (`danvan demo` does it on purpose).
 */
export async function serve(config: Config, { dev }: { dev: boolean }): Promise<void> {
  const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
  let ready = false;
  const app = await buildApp({ database, config, logger: { level: 'info' }, serveWeb: !dev, isReady: () => ready });
  const shutdown = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ port: config.port, host: config.host });
  // Until the database answers, the API says so (503) instead of the process exiting.
  await prepareWhenReachable(database);
  ready = true;
  console.log(`danvan đang chạy tại http://localhost:${config.port} (cơ sở dữ liệu: ${database.kind})`);
  if (dev) {
    // The Vite dev server serves the UI with hot reload and forwards /api to this process.
    spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'web/vite.config.ts'], {
      stdio: 'inherit', env: { ...process.env, DANVAN_API: `http://localhost:${config.port}` },
    });
  }
}

/** Migrates (and on an empty embedded database loads the demo), retrying while PostgreSQL is unreachable. */
async function prepareWhenReachable(database: Database): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await prepareDatabase(database);
      break;
    } catch (err) {
      const driver = driverErrorOf(err);
      const unreachable = driver && (driver.code.startsWith('08') || driver.code.startsWith('57P') || driver.code.startsWith('E'));
      if (!unreachable) throw err;
      console.warn(`Chưa kết nối được PostgreSQL (lần ${attempt}: ${driver.code}). Máy chủ vẫn chạy và trả lời 503; thử lại sau 5 giây.`);
      await sleep(5_000);
    }
  }
  if (database.kind === 'pglite' && (await isEmpty(database))) {
    console.log('Cơ sở dữ liệu nhúng còn trống: đang nạp dữ liệu minh họa...');
    await loadDemo(database);
  }
}
