/** What the HTTP layer knows of a session: its cookies and header, and who it is (accounts/ looks it up). */
import { timingSafeEqual } from 'node:crypto';
import type { Actor } from '../access/rules.js';

export const sessionCookie = 'danvan_session';
export const csrfCookie = 'danvan_csrf';
export const csrfHeader = 'x-csrf-token';

export interface SessionInfo {
  actor: Actor;
  csrfToken: string;
}

/** The session a cookie's token stands for (null: none, expired, or its account is off). */
export type SessionLookup = (token: string) => Promise<SessionInfo | null>;

export function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
