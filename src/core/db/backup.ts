/**
 * Backup and restore of the whole database, for `danvan backup` and `danvan restore`.
 * - Embedded (PGlite): PGlite's dump of its data directory (a gzipped tar), restored into an empty one.
 * - PostgreSQL: pg_dump's custom format, restored by pg_restore in one transaction (all or nothing).
 * A restore never writes over data unless asked to (`replace`), so a mistyped target loses nothing.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { pgliteExtensions } from './pglite-extensions.js';
import pg from 'pg';
import { AppError } from '../errors.js';
import { lockDataDir } from './lock.js';

const run = promisify(execFile);

/** pg_dump and pg_restore speak English on failure: keep their last line as the reason. */
async function postgresTool(tool: 'pg_dump' | 'pg_restore', args: string[]): Promise<void> {
  try {
    await run(tool, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') {
      throw new AppError('unavailable', 'POSTGRES_TOOLS_MISSING', `Máy chưa cài ${tool} (gói postgresql-client): không sao lưu, khôi phục được cơ sở dữ liệu PostgreSQL.`);
    }
    const reason = (e.stderr ?? e.message).trim().split('\n').at(-1) ?? '';
    throw new AppError('unavailable', 'BACKUP_FAILED', `${tool} không chạy xong (${reason.slice(0, 300)}).`);
  }
}

export async function dumpPostgres(url: string, file: string): Promise<void> {
  // The job queue's rows are working data that may hold a report's text in flight: its tables, not its rows.
  await postgresTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', '--exclude-table-data=pgboss.*', `--file=${file}`, `--dbname=${url}`]);
}

function readable(file: string): void {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    throw new AppError('invalid', 'BACKUP_FILE_NOT_FOUND', `Không có tệp sao lưu ${file}.`);
  }
}

const notEmpty = (where: string) => new AppError('conflict', 'RESTORE_TARGET_NOT_EMPTY',
  `${where} đã có dữ liệu: khôi phục sẽ ghi đè lên. Dùng --replace nếu thật sự muốn thay toàn bộ bằng bản sao lưu.`);

/** Restores a PGlite dump into `dataDir`, which must hold no database (or `replace` it). */
export async function restoreDataDir(dataDir: string, file: string, { replace = false } = {}): Promise<void> {
  readable(file);
  const release = lockDataDir(dataDir);
  try {
    const pgDir = path.join(dataDir, 'pg');
    if (fs.existsSync(pgDir) && fs.readdirSync(pgDir).length > 0) {
      if (!replace) throw notEmpty(`Thư mục dữ liệu ${dataDir}`);
      fs.rmSync(pgDir, { recursive: true, force: true });
    }
    const client = await PGlite.create(pgDir, { loadDataDir: new Blob([fs.readFileSync(file)]), extensions: pgliteExtensions });
    await client.close();
  } finally {
    release();
  }
}

/** Restores a pg_dump file into the database at `url`, which must have no danvan tables (or `replace` them). */
export async function restorePostgres(url: string, file: string, { replace = false } = {}): Promise<void> {
  readable(file);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ present: boolean }>("select to_regclass('public.units') is not null as present");
    if (rows[0]?.present && !replace) throw notEmpty('Cơ sở dữ liệu đích');
  } finally {
    await client.end();
  }
  await postgresTool('pg_restore', [
    '--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges',
    ...(replace ? ['--clean', '--if-exists'] : []), `--dbname=${url}`, file,
  ]);
}
