import type { Config } from '../core/config.js';
import { configuredTarget, openDatabase, type Database } from '../core/db/connection.js';
import { prepareDatabase } from '../setup.js';

/** A mistake in the command line itself: exit code 2 and the usage text. */
export class UsageError extends Error {}

export async function withDatabase<T>(config: Config, work: (db: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(configuredTarget(config));
  try {
    await prepareDatabase(database);
    return await work(database);
  } finally {
    await database.close();
  }
}
