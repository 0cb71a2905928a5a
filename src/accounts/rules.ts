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

/**
 * Login throttling with growing delays instead of a lock: an account gets 5 free tries and a client address
 * 20 (an office behind one address has many users); past them each try waits twice as long as the last,
 * from 30 seconds up to 15 minutes. Tries are forgotten a day after the last one.
 */
export const loginLimits = {
  account: { free: 5, firstDelaySeconds: 30, maxDelaySeconds: 900 },
  address: { free: 20, firstDelaySeconds: 30, maxDelaySeconds: 900 },
} as const;
export type LoginLimit = (typeof loginLimits)[keyof typeof loginLimits];

export interface ThrottleState {
  failures: number;
  lastAt: Date | null;
  blockedUntil: Date | null;
}

/**
 * One login try against a counter: refused while a wait runs (and not counted), otherwise counted, and
 * past the free tries it starts the next, longer wait. The try itself then goes on to the password check.
 */
export function takeLoginTry(state: ThrottleState, now: Date, limit: LoginLimit): { allowed: boolean; retryAfterSeconds: number; next: ThrottleState } {
  const fresh = state.lastAt === null || now.getTime() - state.lastAt.getTime() > 86_400_000;
  const current: ThrottleState = fresh ? { failures: 0, lastAt: null, blockedUntil: null } : state;
  if (current.blockedUntil && current.blockedUntil.getTime() > now.getTime()) {
    return { allowed: false, retryAfterSeconds: Math.ceil((current.blockedUntil.getTime() - now.getTime()) / 1000), next: current };
  }
  const failures = current.failures + 1;
  const beyond = failures - limit.free;
  const wait = beyond > 0 ? Math.min(limit.maxDelaySeconds, limit.firstDelaySeconds * 2 ** (beyond - 1)) : 0;
  return { allowed: true, retryAfterSeconds: 0, next: { failures, lastAt: now, blockedUntil: wait ? new Date(now.getTime() + wait * 1000) : null } };
}

/** "30 giây", "2 phút": how long to wait, as the login page says it. */
export function waitText(seconds: number): string {
  return seconds < 60 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`;
}

/**
 * Passwords the first guesses of anyone would try, the demo's own among them: refused for every account
 * a person creates (the demo loader writes its accounts directly, and only into an empty database).
 */
const commonPasswords = new Set([
  '12345678', '123456789', '1234567890', '87654321', '11111111', '00000000', '88888888', '66666666', '12341234', '11223344',
  'password', 'password1', 'passw0rd', 'matkhau', 'matkhau1', 'matkhau123', 'qwertyui', 'qwerty123', 'abcd1234', 'abc12345',
  'admin123', 'admin1234', 'administrator', 'iloveyou', 'danvan123', 'demo1234', 'vietnam1', 'ubnd1234',
]);

/** Zero-width, bidirectional and other invisible format characters: a password nobody can type again. */
const invisible = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** Minimal strength: long enough, typeable, not the username and not a password everyone tries first. */
export function passwordProblem(password: string, username: string): string | null {
  if (invisible.test(password)) return 'Mật khẩu có ký tự ẩn (không nhìn thấy): hãy gõ lại bằng bàn phím.';
  if (password.trim().length === 0) return 'Mật khẩu không được chỉ gồm khoảng trắng.';
  if (password.length < 8) return 'Mật khẩu phải có ít nhất 8 ký tự.';
  if (password.toLowerCase() === username.toLowerCase()) return 'Mật khẩu không được trùng tên đăng nhập.';
  if (commonPasswords.has(password.toLowerCase())) return 'Mật khẩu này quá phổ biến, dễ bị đoán: hãy chọn mật khẩu khác.';
  return null;
}
