import type { FastifyInstance, FastifyRequest } from 'fastify';
import { csrfHeader, findSession, sameToken, sessionCookie, type SessionInfo } from '../../accounts/sessions.js';
import type { Db } from '../db/connection.js';
import { makeContext, type Context } from '../context.js';
import { AppError, unauthenticated } from '../errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionInfo | null;
  }
  interface FastifyInstance {
    /** The app's clock: what "today" is for deadlines and for the tree that decides access. */
    clock: () => Date;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Logging in has no session yet; logging out can only end the caller's own session.
const csrfExempt = new Set(['/api/v1/auth/login', '/api/v1/auth/logout']);

/**
 * Resolves the session cookie on every API call and, for cookie-authenticated writes, requires the
 * session's CSRF token in the x-csrf-token header (synchroniser token stored with the session).
 */
export function registerAuth(app: FastifyInstance, db: Db, clock: () => Date): void {
  app.decorate('clock', clock);
  app.decorateRequest('session', null);
  app.addHook('preHandler', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[sessionCookie];
    request.session = token ? await findSession(db, token) : null;
    const path = request.routeOptions.url ?? '';
    if (request.session && unsafeMethods.has(request.method) && !csrfExempt.has(path)) {
      const sent = request.headers[csrfHeader];
      if (!sameToken(typeof sent === 'string' ? sent : undefined, request.session.csrfToken)) {
        throw new AppError('forbidden', 'CSRF_TOKEN_INVALID', 'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo CSRF). Hãy tải lại trang và thử lại.');
      }
    }
  });
}

/** The caller's context; 401 when there is no valid session. */
export function contextOf(request: FastifyRequest, db: Db): Context {
  if (!request.session) throw unauthenticated();
  return makeContext(db, request.session.actor, request.ip, request.server.clock);
}
