import { describe, expect, it } from 'vitest';
import { canManageAccounts, canRead, canWrite, grantableRoles, passwordProblem, throttleWaitMinutes, type Actor, type Scope } from './rules.js';

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
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
  it('lets four failures pass and stops the fifth for the rest of the window', () => {
    expect(throttleWaitMinutes([1, 2, 3, 4].map(minutesAgo), now)).toBe(0);
    expect(throttleWaitMinutes([1, 2, 3, 4, 5].map(minutesAgo), now)).toBe(10);
  });
  it('forgets failures older than the window', () => {
    expect(throttleWaitMinutes([1, 2, 3, 4, 16].map(minutesAgo), now)).toBe(0);
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
