import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** postgres://... switches from the embedded PGlite to a PostgreSQL server. */
  databaseUrl: string | null;
  /** The role that owns the tables, for migrations and backups, when the application logs in as another (roles.ts). */
  ownerDatabaseUrl: string | null;
  dataDir: string;
  /** Reads stay prepared on each PostgreSQL connection (prepared-statements.ts); off behind a pooler in transaction mode. */
  preparedStatements: boolean;
  /** Cookies marked Secure: on when served over HTTPS (behind a proxy). */
  secureCookies: boolean;
  sessionDays: number;
  /**
   * The reverse proxy whose X-Forwarded-For is believed (addresses or CIDR ranges, comma-separated, as
   * Fastify's trustProxy takes them); null: none, the client's address is the socket's.
   */
  trustProxy: string | null;
  /** LibreOffice processes this process runs at once to make PDFs (its workers of the job queue). */
  pdfWorkers: number;
  /** PDF jobs that may wait or run at once on this database; one more request is answered 503 PDF_BUSY. */
  pdfQueue: number;
  /**
   * Which law governs a petition step whose count began before a change of the law (Luật 136/2025/QH15
   * from 01/07/2026 has no transitional rule): the one in force when the count began ('start'), or today's.
   */
  petitionRulesOn: 'start' | 'today';
}

/** A switch from the environment: on or off, 1 or 0, or the default; anything else stops the start. */
function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (raw === 'on' || raw === '1') return true;
  if (raw === 'off' || raw === '0') return false;
  throw new Error(`${name} không hợp lệ: "${env[name]}" (cần on hoặc off)`);
}

/** A whole number from the environment within a range, or the default; anything else stops the start with a plain message. */
function integerSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, what: string): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} không hợp lệ: "${env[name]}" (cần ${what}, một số nguyên từ ${min} đến ${max})`);
  }
  return value;
}

function postgresUrl(env: NodeJS.ProcessEnv, name: string): string | null {
  const url = env[name]?.trim() || null;
  if (url && !/^postgres(ql)?:\/\//.test(url)) throw new Error(`${name} phải bắt đầu bằng postgres:// hoặc postgresql://`);
  return url;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integerSetting(env, 'PORT', 3000, 1, 65535, 'cổng máy chủ');
  const databaseUrl = postgresUrl(env, 'DATABASE_URL');
  const ownerDatabaseUrl = postgresUrl(env, 'DANVAN_OWNER_DATABASE_URL');
  if (ownerDatabaseUrl && !databaseUrl) throw new Error('DANVAN_OWNER_DATABASE_URL chỉ dùng cùng DATABASE_URL (PostgreSQL).');
  const pdfWorkers = integerSetting(env, 'DANVAN_PDF_WORKERS', 2, 1, 16, 'số tiến trình LibreOffice chạy cùng lúc để tạo PDF');
  const petitionRulesOn = env.DANVAN_PETITION_RULES_ON?.trim() || 'start';
  if (petitionRulesOn !== 'start' && petitionRulesOn !== 'today') {
    throw new Error(`DANVAN_PETITION_RULES_ON không hợp lệ: "${petitionRulesOn}" (cần start: luật có hiệu lực khi bắt đầu tính thời hạn, hoặc today: luật hiện hành)`);
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    ownerDatabaseUrl,
    dataDir: path.resolve(env.DANVAN_DATA_DIR ?? 'data'),
    preparedStatements: onOff(env, 'DANVAN_PG_PREPARE', true),
    secureCookies: env.DANVAN_SECURE_COOKIES === '1',
    sessionDays: integerSetting(env, 'DANVAN_SESSION_DAYS', 7, 1, 365, 'số ngày của một phiên đăng nhập'),
    trustProxy: env.DANVAN_TRUST_PROXY?.trim() || null,
    pdfWorkers,
    // Fewer places than workers would leave workers idle.
    pdfQueue: integerSetting(env, 'DANVAN_PDF_QUEUE', 2 * pdfWorkers, pdfWorkers, 1000, 'số bản PDF tối đa đang chờ hoặc đang tạo, không ít hơn DANVAN_PDF_WORKERS'),
    petitionRulesOn,
  };
}
