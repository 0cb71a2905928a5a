/** Logging in: throttling of tries and the strength of a new password. */
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
