import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** postgres://... switches from the embedded PGlite to a PostgreSQL server. */
  databaseUrl: string | null;
  dataDir: string;
  /** Cookies marked Secure: on when served over HTTPS (behind a proxy). */
  secureCookies: boolean;
  sessionDays: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`PORT không hợp lệ: "${env.PORT}" (cần một số từ 1 đến 65535)`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL phải bắt đầu bằng postgres:// hoặc postgresql://');
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir: path.resolve(env.DANVAN_DATA_DIR ?? 'data'),
    secureCookies: env.DANVAN_SECURE_COOKIES === '1',
    sessionDays: Number(env.DANVAN_SESSION_DAYS ?? 7),
  };
}
