import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Context } from '../core/context.js';
import type { Db } from '../core/db/connection.js';
import { conflict, forbidden, invalid, notFound } from '../core/errors.js';
import { recordAudit, type AuditSource } from '../core/audit/writer.js';
import { canManageAccounts, grantableRoles, isAdmin, roleLabels, type Actor, type Role, type Scope } from '../core/access/rules.js';
import { passwordProblem } from './rules.js';
import type { SessionOut, UserCreateInput, UserOut, UserUpdateInput } from './schema.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { deleteOtherSessions, deleteUserSessions, forgetCachedSessions } from './sessions.js';
import { users } from './tables.js';
import { unitCodeOf, unitNameOn } from '../units/sql.js';
import { findUnitByCode } from '../units/service.js';
import { unitInScope } from '../core/access/scope.js';

type UserRow = typeof users.$inferSelect;

/** Accounts with their unit's code and current (or last) name with its type ("Xã Trà Tây"), in one query. */
async function selectUsers(db: Db, where?: SQL): Promise<UserOut[]> {
  const rows = await db
    .select({
      user: users,
      unitCode: unitCodeOf(sql`${users.unitId}`),
      unitName: sql<string>`${unitNameOn(sql`${users.unitId}`, sql`current_date`)}`,
    })
    .from(users)
    .where(where).orderBy(asc(users.username));
  return rows.map(({ user: u, unitCode, unitName }) => ({
    id: u.id, username: u.username, fullName: u.fullName, unitCode, unitName,
    roles: u.roles as Role[], active: u.active, demo: u.demo, version: u.version,
  }));
}

/** An account as the API shows it: with its unit's code and name. */
/** An account of the demo (flagged `demo`, so it is never mistaken for a real one), audited. */
export async function createDemoAccount(tx: Db, source: AuditSource, u: { username: string; fullName: string; unitId: number; roles: Role[]; passwordHash: string }): Promise<void> {
  const [row] = await tx.insert(users).values({ ...u, demo: true }).returning();
  await recordAudit(tx, source, { unitId: u.unitId, entity: 'user', entityId: row!.id, action: 'user.create', after: { username: u.username, roles: u.roles, demo: true } });
}

/** The account with this username, for the command line (null: none). */
export async function userIdByUsername(db: Db, username: string): Promise<number | null> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username.toLowerCase()));
  return row?.id ?? null;
}

export async function presentUser(db: Db, u: UserRow): Promise<UserOut> {
  return (await selectUsers(db, eq(users.id, u.id)))[0]!;
}

export function permissionsOf(actor: Actor, scope: Scope): SessionOut['permissions'] {
  return {
    manageUnits: isAdmin(actor),
    manageAccounts: canManageAccounts(actor, scope, actor.unitId),
    grantableRoles: grantableRoles(actor),
  };
}

function ownId(ctx: Context): number {
  if (ctx.actor.id === null) throw forbidden('Thao tác này cần một tài khoản người dùng.');
  return ctx.actor.id;
}

export async function currentUser(ctx: Context): Promise<UserOut> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ownId(ctx)));
  return presentUser(ctx.db, user!);
}

/** Accounts of the units the caller keeps today (managers and administrators only). */
export async function listUsers(ctx: Context): Promise<UserOut[]> {
  const scope = await ctx.scope();
  if (!canManageAccounts(ctx.actor, scope, ctx.actor.unitId)) throw forbidden('Chỉ lãnh đạo, quản lý hoặc quản trị viên mới xem được danh sách tài khoản.');
  return selectUsers(ctx.db, unitInScope(scope, sql`${users.unitId}`, 'write'));
}

async function manageableUnit(ctx: Context, code: string) {
  const unit = await findUnitByCode(ctx.db, code);
  if (!unit) throw notFound('UNIT_NOT_FOUND', `Không tìm thấy đơn vị có mã "${code}".`);
  if (!canManageAccounts(ctx.actor, await ctx.scope(), unit.id)) {
    throw forbidden(`Bạn không quản lý tài khoản của đơn vị mã "${code}".`, 'OUT_OF_SCOPE');
  }
  return unit;
}

function checkGrant(ctx: Context, wanted: readonly Role[]) {
  const allowed = grantableRoles(ctx.actor);
  const refused = wanted.filter((r) => !allowed.includes(r));
  if (refused.length) throw forbidden(`Bạn không được cấp vai trò: ${refused.map((r) => roleLabels[r]).join(', ')}.`, 'ROLE_NOT_GRANTABLE');
}

export function checkPassword(password: string, username: string) {
  const problem = passwordProblem(password, username);
  if (problem) throw invalid('WEAK_PASSWORD', problem, [{ field: 'password', message: problem }]);
}

const auditView = (u: UserOut) => ({ username: u.username, fullName: u.fullName, unitCode: u.unitCode, roles: u.roles, active: u.active });

export async function createUser(ctx: Context, input: UserCreateInput): Promise<UserOut> {
  checkGrant(ctx, input.roles);
  checkPassword(input.password, input.username);
  const passwordHash = await hashPassword(input.password);
  return ctx.transaction(async (tx) => {
    const unit = await manageableUnit(tx, input.unitCode);
    const [taken] = await tx.db.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (taken) throw conflict('USERNAME_TAKEN', `Tên đăng nhập "${input.username}" đã có người dùng.`, [{ field: 'username', message: 'Đã có người dùng' }]);
    const [row] = await tx.db.insert(users).values({ username: input.username, fullName: input.fullName, unitId: unit.id, roles: [...new Set(input.roles)], passwordHash }).returning();
    const out = await presentUser(tx.db, row!);
    await recordAudit(tx.db, tx, { unitId: unit.id, entity: 'user', entityId: row!.id, action: 'user.create', after: auditView(out) });
    return out;
  });
}

async function manageableUser(tx: Context, id: number) {
  const [user] = await tx.db.select().from(users).where(eq(users.id, id)).for('update');
  if (!user || !canManageAccounts(tx.actor, await tx.scope(), user.unitId)) {
    throw notFound('USER_NOT_FOUND', `Không tìm thấy tài khoản số ${id} trong phạm vi bạn quản lý.`);
  }
  if (!isAdmin(tx.actor) && (user.roles as Role[]).includes('admin')) throw forbidden('Chỉ quản trị viên mới được sửa tài khoản quản trị.');
  return user;
}

export async function updateUser(ctx: Context, id: number, input: UserUpdateInput): Promise<UserOut> {
  if (input.roles) checkGrant(ctx, input.roles);
  if (id === ctx.actor.id && (input.active === false || (input.roles && !input.roles.includes('admin') && isAdmin(ctx.actor)))) {
    throw invalid('SELF_LOCKOUT', 'Bạn không thể tự khóa tài khoản hoặc tự bỏ quyền quản trị của mình.');
  }
  const updated = await ctx.transaction(async (tx) => {
    const unit = input.unitCode ? await manageableUnit(tx, input.unitCode) : null;
    const user = await manageableUser(tx, id);
    if (user.version !== input.version) {
      throw conflict('USER_VERSION_CONFLICT', `Tài khoản "${user.username}" vừa được người khác sửa (phiên bản ${user.version}): hãy xem bản mới nhất rồi lưu lại những gì bạn muốn đổi.`, { currentVersion: user.version });
    }
    const before = await presentUser(tx.db, user);
    const [row] = await tx.db.update(users).set({
      fullName: input.fullName ?? user.fullName,
      unitId: unit?.id ?? user.unitId,
      roles: input.roles ? [...new Set(input.roles)] : user.roles,
      active: input.active ?? user.active,
      version: sql`${users.version} + 1`,
      updatedAt: new Date(),
    }).where(eq(users.id, id)).returning();
    if (input.active === false) await deleteUserSessions(tx.db, id);
    // The account's sessions act with its new roles and unit from the next request on.
    tx.afterCommit(forgetCachedSessions);
    const after = await presentUser(tx.db, row!);
    await recordAudit(tx.db, tx, { unitId: row!.unitId, entity: 'user', entityId: id, action: 'user.update', before: auditView(before), after: auditView(after) });
    return after;
  });
  return updated;
}

export async function resetPassword(ctx: Context, id: number, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await ctx.transaction(async (tx) => {
    const user = await manageableUser(tx, id);
    checkPassword(password, user.username);
    await tx.db.update(users).set({ passwordHash, updatedAt: new Date(), version: sql`${users.version} + 1` }).where(eq(users.id, id));
    await deleteUserSessions(tx.db, id);
    tx.afterCommit(forgetCachedSessions);
    await recordAudit(tx.db, tx, { unitId: user.unitId, entity: 'user', entityId: id, action: 'user.password_reset' });
  });
}

/** Changes the caller's password and ends their other sessions (a stolen one stops working); this one stays. */
export async function changeOwnPassword(ctx: Context, currentPassword: string, newPassword: string, currentToken: string): Promise<void> {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ownId(ctx)));
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw invalid('WRONG_PASSWORD', 'Mật khẩu hiện tại không đúng.', [{ field: 'currentPassword', message: 'Không đúng' }]);
  }
  checkPassword(newPassword, user.username);
  const passwordHash = await hashPassword(newPassword);
  await ctx.transaction(async (tx) => {
    await tx.db.update(users).set({ passwordHash, updatedAt: new Date(), version: sql`${users.version} + 1` }).where(eq(users.id, user.id));
    await deleteOtherSessions(tx.db, user.id, currentToken);
    tx.afterCommit(forgetCachedSessions);
    await recordAudit(tx.db, tx, { unitId: user.unitId, entity: 'user', entityId: user.id, action: 'user.password_change' });
  });
}

/**
 * The demo accounts still active, for the login page: only a database the demo loader filled has any,
 * so a real installation never advertises them.
 */
export async function demoAccounts(db: Db): Promise<UserOut[]> {
  return selectUsers(db, and(eq(users.demo, true), eq(users.active, true)));
}

/** An active account by username, for features that assign work to a person (null: none or disabled). */
export async function activeAccount(db: Db, username: string): Promise<{ id: number; unitId: number | null; fullName: string } | null> {
  const [row] = await db.select({ id: users.id, unitId: users.unitId, fullName: users.fullName, active: users.active }).from(users).where(eq(users.username, username.toLowerCase()));
  return row?.active ? { id: row.id, unitId: row.unitId, fullName: row.fullName } : null;
}

/** The active accounts of some units, for choosing a person to assign work to. */
export async function activeAccountsOf(db: Db, unitIds: readonly number[]): Promise<{ username: string; fullName: string }[]> {
  if (!unitIds.length) return [];
  return db.select({ username: users.username, fullName: users.fullName }).from(users)
    .where(and(inArray(users.unitId, [...unitIds]), eq(users.active, true))).orderBy(users.fullName);
}
