import type { Config } from '../core/config.js';
import { configuredTarget, openDatabase, type Database } from '../core/db/connection.js';
import { prepareDatabase } from '../setup.js';
import { createJobs } from '../jobs.js';
import { type Jobs } from '../core/jobs/kinds.js';

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

/** The job queue around one command, on a prepared database: its workers run while the command needs them. */
export async function withJobs<T>(database: Database, config: Config, work: (jobs: Jobs) => Promise<T>): Promise<T> {
  const jobs = createJobs(database, config);
  await jobs.start();
  try {
    return await work(jobs);
  } finally {
    await jobs.stop();
  }
}
