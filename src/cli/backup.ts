/** `danvan backup <file>` and `danvan restore <file> [--replace]`, on the embedded database or PostgreSQL. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../core/config.js';
import { restoreDataDir, restorePostgres } from '../core/db/backup.js';
import { UsageError, withDatabase } from './shared.js';

export async function backupCommand(config: Config, args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const file = positionals[0];
  if (!file) throw new UsageError('Cần tên tệp sao lưu: danvan backup <tệp>.');
  await withDatabase(config, async (database) => {
    await database.backup(path.resolve(file));
    console.log(`Đã sao lưu cơ sở dữ liệu (${database.kind}) vào ${file}.`);
  });
}

export async function restoreCommand(config: Config, args: string[]): Promise<void> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { replace: { type: 'boolean' } } });
  const file = positionals[0];
  if (!file) throw new UsageError('Cần tên tệp sao lưu: danvan restore <tệp> [--replace].');
  const options = { replace: values.replace ?? false };
  // Restoring creates tables: the owner's connection when there is one.
  if (config.databaseUrl) await restorePostgres(config.ownerDatabaseUrl ?? config.databaseUrl, path.resolve(file), options);
  else await restoreDataDir(config.dataDir, path.resolve(file), options);
  // The copy may be older than this version of danvan: bring it up to date now, not at the next start.
  await withDatabase(config, async (database) => console.log(`Đã khôi phục cơ sở dữ liệu (${database.kind}) từ ${file}.`));
}
