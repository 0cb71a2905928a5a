import { describe, expect, it } from 'vitest';
import { canManageAccounts, canRead, canWrite, grantableRoles, type Actor, type Scope } from '../core/access/rules.js';
import { loginLimits, passwordProblem, takeLoginTry, waitText } from './rules.js';

const actor = (roles: Actor['roles']): Actor => ({ id: 1, username: 'u', unitId: 10, roles });
const scope: Scope = { all: false, rootId: 10, date: '2026-12-01', readable: new Set([10, 11, 12]), writable: new Set([10, 11]) };

describe('access by role and subtree', () => {
  it('editors and managers write inside the tree they keep today only; viewers never', () => {
    expect(canWrite(actor(['editor']), scope, 11)).toBe(true);
    expect(canRead(scope, 12)).toBe(true);
    expect(canWrite(actor(['editor']), scope, 12)).toBe(false);
    expect(canWrite(actor(['viewer']), scope, 10)).toBe(false);
    expect(canWrite(actor(['manager']), scope, 10)).toBe(true);
    expect(canWrite(actor(['admin']), { all: true }, 999)).toBe(true);
  });
  it('only managers and administrators manage accounts; only administrators grant admin', () => {
    expect(canManageAccounts(actor(['editor']), scope, 10)).toBe(false);
    expect(canManageAccounts(actor(['manager']), scope, 11)).toBe(true);
    expect(canManageAccounts(actor(['manager']), scope, 12)).toBe(false);
    expect(grantableRoles(actor(['manager']))).not.toContain('admin');
    expect(grantableRoles(actor(['admin']))).toContain('admin');
    expect(grantableRoles(actor(['editor']))).toEqual([]);
  });
});

describe('login throttling', () => {
  const now = new Date('2026-01-01T10:00:00Z');
  const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
  const fresh = { failures: 0, lastAt: null, blockedUntil: null };
  it('gives an account five free tries, then waits 30 s, 60 s, 120 s ... up to 15 minutes, never a lock', () => {
    let state: { failures: number; lastAt: Date | null; blockedUntil: Date | null } = fresh;
    for (let i = 0; i < 5; i++) {
      const r = takeLoginTry(state, now, loginLimits.account);
      expect(r).toMatchObject({ allowed: true, next: { blockedUntil: null } });
      state = r.next;
    }
    const sixth = takeLoginTry(state, now, loginLimits.account);
    expect(sixth.allowed).toBe(true);
    expect(sixth.next.blockedUntil).toEqual(at(30));
    expect(takeLoginTry(sixth.next, at(10), loginLimits.account)).toMatchObject({ allowed: false, retryAfterSeconds: 20, next: sixth.next });
    const seventh = takeLoginTry(sixth.next, at(31), loginLimits.account);
    expect(seventh.next.blockedUntil).toEqual(at(31 + 60));
    const late = takeLoginTry({ failures: 40, lastAt: now, blockedUntil: null }, now, loginLimits.account);
    expect(late.next.blockedUntil).toEqual(at(900));
  });
  it('forgets tries a day after the last one', () => {
    const old = { failures: 30, lastAt: new Date(now.getTime() - 86_400_001), blockedUntil: at(-1000) };
    expect(takeLoginTry(old, now, loginLimits.account)).toMatchObject({ allowed: true, next: { failures: 1, blockedUntil: null } });
  });
  it('says the wait the way people read it', () => {
    expect(waitText(20)).toBe('20 giây');
    expect(waitText(120)).toBe('2 phút');
  });
});

describe('passwords', () => {
  it('asks for 8 characters and not the username', () => {
    expect(passwordProblem('short', 'tratay')).toMatch(/8 ký tự/);
    expect(passwordProblem('TraTay12', 'tratay12')).toMatch(/trùng tên đăng nhập/);
    expect(passwordProblem('Tra-Tay-2026', 'tratay')).toBeNull();
  });
  it('refuses the passwords tried first, the demo one included, blanks and invisible characters', () => {
    for (const p of ['12345678', 'Password', 'demo1234', 'matkhau123']) expect(passwordProblem(p, 'tratay')).toMatch(/quá phổ biến/);
    expect(passwordProblem('          ', 'tratay')).toMatch(/khoảng trắng/);
    expect(passwordProblem('Tra\u200bTay-2026', 'tratay')).toMatch(/ký tự ẩn/);
    expect(passwordProblem('Tra\u202eTay-2026', 'tratay')).toMatch(/ký tự ẩn/);
  });
});
