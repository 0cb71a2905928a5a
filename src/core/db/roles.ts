/**
 * Two PostgreSQL roles: the owner, which runs migrations and backups, and the application, which serves
 * requests. The application may read and write the tables, but only insert into and read the audit log,
 * and, not owning it, cannot disable its append-only trigger. Without a separate owner (PGlite, or one role
 * for both) nothing here runs.
 */
import type pg from 'pg';
import { AppError } from '../errors.js';

/** The role a connection string logs in as, as PostgreSQL reports it. */
export async function roleOf(client: pg.ClientBase): Promise<string> {
  const { rows } = await client.query<{ role: string }>('select current_user as role');
  return rows[0]!.role;
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Gives `appRole` what it needs on every table the migrations made, run by the owner after each migration
 * so a new table is never left unreachable. Idempotent.
 */
export async function grantApplicationRole(owner: pg.ClientBase, appRole: string): Promise<void> {
  const app = quoteIdent(appRole);
  const { rows } = await owner.query<{ name: string }>(`select nspname as name from pg_namespace where nspname in ('public', 'pgboss')`);
  // public: danvan's tables; pgboss: the job queue's (its queues are created by the owner, used by the app).
  for (const { name } of rows) {
    await owner.query(`grant usage on schema ${name} to ${app}`);
    await owner.query(`grant select, insert, update, delete on all tables in schema ${name} to ${app}`);
    await owner.query(`grant usage, select on all sequences in schema ${name} to ${app}`);
    await owner.query(`grant execute on all functions in schema ${name} to ${app}`);
  }
  // The audit log is append-only against the application itself.
  await owner.query(`revoke update, delete, truncate, trigger, references on audit_log from ${app}`);
}

/** The application role may not create tables: the migrations need the owner's connection. */
export function ownerNeeded(role: string): AppError {
  return new AppError('unavailable', 'DATABASE_OWNER_NEEDED',
    `Vai trò PostgreSQL "${role}" không có quyền tạo bảng nên không cập nhật được cơ sở dữ liệu. `
    + 'Đặt DANVAN_OWNER_DATABASE_URL là kết nối của vai trò sở hữu (owner) để chạy cập nhật, hoặc chạy bằng vai trò đó.');
}
