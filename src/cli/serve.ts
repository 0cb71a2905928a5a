import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../core/config.js';
import { findSoffice, pdfFontProblem } from '../exports/pdf.js';
import { configuredTarget, openDatabase, type Database } from '../core/db/connection.js';
import { appErrorOfDatabase, driverErrorOf } from '../core/db/errors.js';
import { isEmpty, loadDemo } from '../demo/load.js';
import { firstRunNeeded } from '../accounts/first-run.js';
import { buildApp, webDist } from '../server.js';
import { prepareDatabase } from '../setup.js';
import { createJobs } from '../jobs.js';

/**
 * Starts the server. Only `--demo` (what `npm start` runs to try danvan) fills an empty database with the
 * demo; otherwise an installation starts with no account and its first page creates the first
 * administrator (or `danvan user add` does).
 */
export async function serve(config: Config, { dev, demo }: { dev: boolean; demo: boolean }): Promise<void> {
  const database = await openDatabase(configuredTarget(config));
  let ready = false;
  const serveWeb = !dev && fs.existsSync(path.join(webDist, 'index.html'));
  if (!dev && !serveWeb) console.warn('Chưa có giao diện đã build (web/dist): chỉ chạy API. Chạy "npm run build:web" (hoặc "npm start") để có giao diện.');
  const jobs = createJobs(database, config);
  const app = await buildApp({ database, config, jobs, logger: { level: 'info' }, serveWeb, isReady: () => ready });
  const shutdown = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  await app.listen({ port: config.port, host: config.host });
  // Until the database answers, the API says so (503) instead of the process exiting.
  await prepareWhenReachable(database, demo);
  await jobs.start();
  ready = true;
  console.log(`danvan đang chạy tại http://localhost:${config.port} (cơ sở dữ liệu: ${database.kind})`);
  const fonts = findSoffice() ? pdfFontProblem() : null;
  if (fonts) console.warn(`Cảnh báo: ${fonts}`);
  if (!demo && (await firstRunNeeded(database.db))) {
    console.log(`Chưa có tài khoản nào: mở http://localhost:${config.port} để tạo tài khoản quản trị đầu tiên (hoặc chạy "danvan user add").`);
  }
  if (dev) {
    // The Vite dev server serves the UI with hot reload and forwards /api to this process.
    spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'web/vite.config.ts'], {
      stdio: 'inherit', env: { ...process.env, DANVAN_API: `http://localhost:${config.port}` },
    });
  }
}

/** Migrates (and with `demo`, fills an empty database with the demo), retrying while PostgreSQL is unreachable. */
async function prepareWhenReachable(database: Database, demo: boolean): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await prepareDatabase(database);
      break;
    } catch (err) {
      // The same judgement the API uses for a 503: a database that is not there (yet), not a failing migration.
      if (appErrorOfDatabase(err)?.code !== 'DATABASE_UNAVAILABLE') throw err;
      console.warn(`Chưa kết nối được PostgreSQL (lần ${attempt}: ${driverErrorOf(err)?.code}). Máy chủ vẫn chạy và trả lời 503; thử lại sau 5 giây.`);
      await sleep(5_000);
    }
  }
  if (demo && (await isEmpty(database))) {
    console.log('Cơ sở dữ liệu còn trống: đang nạp dữ liệu minh họa (bản dùng thử)...');
    await loadDemo(database);
  }
}
