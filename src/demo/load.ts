import { makeContext } from '../core/context.js';
import type { Database } from '../core/db/connection.js';
import { conflict } from '../core/errors.js';
import { systemActor } from '../core/access/rules.js';
import { hashPassword } from '../accounts/passwords.js';
import { applyUnitOperation } from '../units/operations.js';
import { putProfile } from '../indicators/profile-service.js';
import { demoOperations, demoPassword, demoProfiles, demoUsers, illustrativeCodes } from './data.js';
import { loadSeedReports } from './load-reports.js';
import { findUnitByCode, hasUnits, markIllustrative } from '../units/service.js';
import { createDemoAccount } from '../accounts/service.js';
import { loadLiveRequest } from './live.js';
import { loadDemoRegistries } from './load-registries.js';

export async function isEmpty(database: Database): Promise<boolean> {
  return !(await hasUnits(database.db));
}

/**
 * Loads the demo units, profiles, accounts, the four seed reports and a live request dated from `now`, in one
 * transaction, through the same services a user calls, so the demo passes every rule and leaves its audit
 * trail. Refuses a database that has units.
 */
export async function loadDemo(database: Database, now: () => Date = () => new Date()): Promise<void> {
  if (!(await isEmpty(database))) {
    throw conflict('DATABASE_NOT_EMPTY', 'Cơ sở dữ liệu đã có đơn vị hành chính: chỉ nạp dữ liệu minh họa vào cơ sở dữ liệu trống.');
  }
  const passwordHash = await hashPassword(demoPassword);
  await database.db.transaction(async (tx) => {
    const ctx = makeContext(tx, systemActor, null, now);
    for (const op of demoOperations) await applyUnitOperation(ctx, op);
    await markIllustrative(tx, illustrativeCodes);
    for (const p of demoProfiles) await putProfile(ctx, p.unitCode, p.year, p.input);
    await loadDemoRegistries(ctx);
    for (const u of demoUsers) {
      const unit = await findUnitByCode(tx, u.unitCode);
      await createDemoAccount(tx, ctx, { username: u.username, fullName: u.fullName, unitId: unit!.id, roles: u.roles, passwordHash });
    }
    await loadSeedReports(tx);
    await loadLiveRequest(tx, now);
  });
}
