/**
 * Who may do what. Pure: the scope (which units a user reads and which it keeps, on the day of the call)
 * is computed in SQL by scope.ts. Reading follows the tree as it was; writing, approving and managing
 * accounts follow the tree as it stands today, so the manager of a district that ended controls nothing.
 */
export const roles = ['admin', 'manager', 'editor', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  manager: 'Lãnh đạo, quản lý',
  editor: 'Cán bộ nhập liệu',
  viewer: 'Xem',
};

export interface Actor {
  /** null for the system itself: the CLI and the demo loader, acting as administrator. */
  id: number | null;
  username: string;
  unitId: number | null;
  roles: readonly Role[];
}

export const systemActor: Actor = { id: null, username: 'he-thong', unitId: null, roles: ['admin'] };

/**
 * The units an actor reaches on `date`: everything (admin), or the units it may read and the smaller set it
 * keeps (writes to). `rootId` and `date` let a query put the same scope in its SQL.
 */
export type Scope =
  | { all: true }
  | { all: false; rootId: number | null; date: string; readable: ReadonlySet<number>; writable: ReadonlySet<number> };

export const isAdmin = (actor: Actor) => actor.roles.includes('admin');

export function canRead(scope: Scope, unitId: number): boolean {
  return scope.all || scope.readable.has(unitId);
}

/** The unit is in the tree the actor's unit keeps today (whatever the actor's roles). */
export function keeps(scope: Scope, unitId: number): boolean {
  return scope.all || scope.writable.has(unitId);
}

/** Editors enter data for their unit (and its villages); managers for their whole subtree. */
export function canWrite(actor: Actor, scope: Scope, unitId: number): boolean {
  if (isAdmin(actor)) return true;
  if (!actor.roles.includes('manager') && !actor.roles.includes('editor')) return false;
  return keeps(scope, unitId);
}

export function canManageAccounts(actor: Actor, scope: Scope, unitId: number | null): boolean {
  if (unitId === null) return isAdmin(actor);
  if (isAdmin(actor)) return true;
  return actor.roles.includes('manager') && keeps(scope, unitId);
}

/** A manager hands out the roles below theirs; only an administrator makes administrators. */
export function grantableRoles(actor: Actor): Role[] {
  if (isAdmin(actor)) return [...roles];
  if (actor.roles.includes('manager')) return ['manager', 'editor', 'viewer'];
  return [];
}

export const canOperateUnits = isAdmin;
