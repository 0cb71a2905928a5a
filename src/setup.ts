import type { Database } from './core/db/connection.js';
import { installJobQueue } from './core/jobs/queue.js';
import { ensureBuiltinTemplates } from './templates/service.js';

/**
 * What every process does before using a database: apply the migrations, install the job queue's schema
 * (as the tables' owner), then add the built-in templates.
 */
export async function prepareDatabase(database: Database): Promise<void> {
  await database.migrate(installJobQueue);
  await ensureBuiltinTemplates(database.db);
}
