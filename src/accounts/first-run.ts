/**
 * An installation starts with no account and no demo: the first visitor creates the province it serves
 * and its first administrator, once (as Gitea and Grafana do). After that this path is closed, and
 * `danvan user add` remains for the command line.
 */
import { count, sql } from 'drizzle-orm';
import { makeContext } from '../core/context.js';
import type { Db } from '../core/db/connection.js';
import { conflict } from '../core/errors.js';
import { todayIso } from '../core/vi-format.js';
import { recordAudit } from '../core/audit/writer.js';
import { applyUnitOperation } from '../units/operations.js';
import { systemActor } from '../core/access/rules.js';
import type { FirstRunInput } from './schema.js';
import { hashPassword } from './passwords.js';
import { checkPassword } from './service.js';
import { findUnitByCode } from '../units/service.js';
import { users } from './tables.js';

const provincesStandFrom = '2025-07-01';

export async function firstRunNeeded(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return Number(row?.n ?? 0) === 0;
}

/** Creates the province (unless it is already there) and the first administrator; refused once any account exists. */
export async function completeFirstRun(db: Db, input: FirstRunInput, meta: { ip: string | null; now: () => Date }): Promise<{ username: string }> {
  checkPassword(input.password, input.username);
  const passwordHash = await hashPassword(input.password);
  const ctx = makeContext(db, systemActor, meta.ip, meta.now);
  return ctx.transaction(async (tx) => {
    // Two first visitors at once: the lock makes the second see the first one's account.
    await tx.db.execute(sql`select pg_advisory_xact_lock(7270003)`);
    if (!(await firstRunNeeded(tx.db))) throw conflict('FIRST_RUN_DONE', 'Hệ thống đã có tài khoản quản trị: hãy đăng nhập.');
    let unit = await findUnitByCode(tx.db, input.unit.code);
    if (!unit) {
      // Today's 34 provinces and cities stand from 01/07/2025 (Nghị quyết 202/2025/QH15): history entered
      // later for that time belongs to the province, not to a unit that seems to begin on install day.
      const effectiveDate = [todayIso(meta.now()), provincesStandFrom].sort()[0]!;
      await applyUnitOperation(tx, {
        type: 'create', effectiveDate, parentCode: null,
        legalBasis: 'Thiết lập hệ thống lần đầu; tỉnh, thành phố theo Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội',
        unit: { code: input.unit.code, name: input.unit.name, typeName: input.unit.typeName, kind: 'province' },
      });
      unit = await findUnitByCode(tx.db, input.unit.code);
    }
    const [row] = await tx.db.insert(users).values({ username: input.username, fullName: input.fullName, unitId: unit!.id, roles: ['admin'], passwordHash }).returning();
    await recordAudit(tx.db, tx, { unitId: unit!.id, entity: 'user', entityId: row!.id, action: 'user.create', after: { username: row!.username, fullName: row!.fullName, roles: ['admin'], firstRun: true } });
    return { username: row!.username };
  });
}
