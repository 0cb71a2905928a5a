import type { Database } from './core/db/connection.js';
import { ensureBuiltinTemplates } from './reports/template-service.js';

/** What every process does before using a database: apply the migrations, then add the built-in templates. */
export async function prepareDatabase(database: Database): Promise<void> {
  await database.migrate();
  await ensureBuiltinTemplates(database.db);
}
