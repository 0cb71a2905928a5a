import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../db/connection.js';
import { csrfHeader, sameToken, sessionCookie, type SessionInfo, type SessionLookup } from './session.js';
import { makeContext, type Context } from '../context.js';
import { AppError, unauthenticated } from '../errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionInfo | null;
  }
  interface FastifyContextConfig {
    /** The route answers without a session (login, health, the documentation). Every other one needs one. */
    public?: boolean;
  }
  interface FastifyInstance {
    /** The app's clock: what "today" is for deadlines and for the tree that decides access. */
    clock: () => Date;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Logging in and the first run have no session yet; logging out can only end the caller's own session.
const csrfExempt = new Set(['/api/v1/auth/login', '/api/v1/auth/logout', '/api/v1/setup']);
/** The OpenAPI pages come from a plugin whose routes cannot carry `public`. */
const documentation = '/api/docs';

/** Deeper JSON than any document needs (sections in sections) is refused before it is validated. */
const maxBodyDepth = 64;

function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > maxBodyDepth) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * Default deny: every API route needs a session unless it declares itself public. The session is
 * resolved before the body is validated, so an anonymous caller learns nothing of the fields. For
 * cookie-authenticated writes the session's CSRF token is required in x-csrf-token (synchroniser token
 * stored with the session).
 */
export function registerAuth(app: FastifyInstance, findSession: SessionLookup, clock: () => Date): void {
  app.decorate('clock', clock);
  app.decorateRequest('session', null);
  app.addHook('preValidation', async (request) => {
    if (!request.url.startsWith('/api/') || request.is404) return;
    const token = request.cookies[sessionCookie];
    request.session = token ? await findSession(token) : null;
    const path = request.routeOptions.url ?? '';
    const isPublic = request.routeOptions.config?.public === true || path === documentation || path.startsWith(`${documentation}/`);
    if (!request.session && !isPublic) throw unauthenticated();
    if (request.session && unsafeMethods.has(request.method) && !csrfExempt.has(path)) {
      const sent = request.headers[csrfHeader];
      if (!sameToken(typeof sent === 'string' ? sent : undefined, request.session.csrfToken)) {
        throw new AppError('forbidden', 'CSRF_TOKEN_INVALID', 'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo CSRF). Hãy tải lại trang và thử lại.');
      }
    }
    if (request.body !== undefined && depthOf(request.body) > maxBodyDepth) {
      throw new AppError('invalid', 'BODY_TOO_DEEP', `Nội dung gửi lên lồng nhau quá ${maxBodyDepth} cấp: không phải một văn bản hợp lệ.`);
    }
  });
}

/** Options of a route that answers without a session; the OpenAPI document shows it needs none. */
export const publicRoute = { config: { public: true } } as const;
export const noSecurity: [] = [];

/** The caller's context; 401 when there is no valid session. */
export function contextOf(request: FastifyRequest, db: Db): Context {
  if (!request.session) throw unauthenticated();
  return makeContext(db, request.session.actor, request.ip, request.server.clock);
}
