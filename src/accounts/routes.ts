import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { makeContext } from '../core/context.js';
import { contextOf, noSecurity, publicRoute } from '../core/http/auth.js';
import { commonErrors, okBody, typed, type Deps } from '../core/http/feature.js';
import { errorBody, idParams } from '../core/schema-helpers.js';
import { csrfCookie, sessionCookie } from '../core/http/session.js';
import { completeFirstRun, firstRunNeeded } from './first-run.js';
import {
  firstRunInput, firstRunStatus, loginInput, passwordChangeInput, passwordResetInput, sessionOut, userCreateInput, userOut, userUpdateInput,
} from './schema.js';
import { changeOwnPassword, createUser, currentUser, demoAccounts, listUsers, permissionsOf, presentUser, resetPassword, updateUser } from './service.js';
import { login, logout } from './login.js';

const tags = ['Tài khoản'];

export function accountRoutes(fastify: FastifyInstance, { database, config }: Deps) {
  const app = typed(fastify);
  const db = database.db;
  const cookieBase = { path: '/', sameSite: 'lax' as const, secure: config.secureCookies };

  app.post('/api/v1/auth/login', {
    ...publicRoute,
    schema: { tags, security: noSecurity, summary: 'Đăng nhập; đặt cookie phiên (httpOnly). Gửi csrfToken trong header x-csrf-token ở các lệnh ghi.', body: loginInput, response: { 200: sessionOut, 400: errorBody, 401: errorBody, 429: errorBody } },
  }, async (req, reply) => startSession(req, reply, req.body));

  async function startSession(req: FastifyRequest, reply: FastifyReply, credentials: { username: string; password: string }) {
    const result = await login(db, credentials, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null, sessionDays: config.sessionDays, now: fastify.clock() });
    const expires = result.session.expiresAt;
    reply.setCookie(sessionCookie, result.session.token, { ...cookieBase, httpOnly: true, expires });
    // Readable by the page (double-submit): the UI copies it into x-csrf-token.
    reply.setCookie(csrfCookie, result.session.csrfToken, { ...cookieBase, httpOnly: false, expires });
    const ctx = makeContext(db, result.actor, req.ip, fastify.clock);
    return { user: await presentUser(db, result.user), csrfToken: result.session.csrfToken, permissions: permissionsOf(result.actor, await ctx.scope()) };
  }

  app.get('/api/v1/setup', {
    ...publicRoute,
    schema: { tags, security: noSecurity, summary: 'Hệ thống còn cần thiết lập lần đầu (chưa có tài khoản nào)?', response: { 200: firstRunStatus } },
  }, async () => ({ needed: await firstRunNeeded(db) }));

  app.post('/api/v1/setup', {
    ...publicRoute,
    schema: {
      tags, security: noSecurity, summary: 'Thiết lập lần đầu: tạo tỉnh (thành phố) và tài khoản quản trị đầu tiên, rồi đăng nhập. Chỉ dùng được khi chưa có tài khoản nào.',
      body: firstRunInput, response: { 200: sessionOut, 400: errorBody, 409: errorBody },
    },
  }, async (req, reply) => {
    await completeFirstRun(db, req.body, { ip: req.ip, now: fastify.clock });
    return startSession(req, reply, { username: req.body.username, password: req.body.password });
  });

  app.post('/api/v1/auth/logout', {
    ...publicRoute,
    schema: { tags, security: noSecurity, summary: 'Đăng xuất (kết thúc phiên)', response: { 200: okBody } },
  }, async (req, reply) => {
    const token = req.cookies[sessionCookie];
    if (token) await logout(db, token, req.ip);
    reply.clearCookie(sessionCookie, { path: '/' }).clearCookie(csrfCookie, { path: '/' });
    return { ok: true as const };
  });

  app.get('/api/v1/auth/demo-accounts', {
    ...publicRoute,
    schema: {
      tags, security: noSecurity, summary: 'Tài khoản dùng thử (chỉ có khi cơ sở dữ liệu được nạp dữ liệu minh họa), cho trang đăng nhập',
      response: { 200: z.array(userOut.pick({ username: true, fullName: true, unitName: true, roles: true })) },
    },
  }, async () => demoAccounts(db));

  app.get('/api/v1/auth/me', {
    schema: { tags, summary: 'Người dùng của phiên hiện tại', response: { 200: sessionOut, 401: errorBody } },
  }, async (req) => {
    const ctx = contextOf(req, db);
    return { user: await currentUser(ctx), csrfToken: req.session!.csrfToken, permissions: permissionsOf(ctx.actor, await ctx.scope()) };
  });

  app.post('/api/v1/auth/password', {
    schema: { tags, summary: 'Đổi mật khẩu của chính mình', body: passwordChangeInput, response: { 200: okBody, ...commonErrors } },
  }, async (req) => {
    await changeOwnPassword(contextOf(req, db), req.body.currentPassword, req.body.newPassword, req.cookies[sessionCookie] ?? '');
    return { ok: true as const };
  });

  app.get('/api/v1/users', {
    schema: { tags, summary: 'Tài khoản trong phạm vi quản lý', response: { 200: z.array(userOut), ...commonErrors } },
  }, async (req) => listUsers(contextOf(req, db)));

  app.post('/api/v1/users', {
    schema: { tags, summary: 'Tạo tài khoản', body: userCreateInput, response: { 201: userOut, ...commonErrors } },
  }, async (req, reply) => reply.status(201).send(await createUser(contextOf(req, db), req.body)));

  app.patch('/api/v1/users/:id', {
    schema: { tags, summary: 'Sửa tài khoản (họ tên, đơn vị, vai trò, khóa/mở)', params: idParams, body: userUpdateInput, response: { 200: userOut, ...commonErrors } },
  }, async (req) => updateUser(contextOf(req, db), req.params.id, req.body));

  app.post('/api/v1/users/:id/password', {
    schema: { tags, summary: 'Đặt lại mật khẩu của một tài khoản', params: idParams, body: passwordResetInput, response: { 200: okBody, ...commonErrors } },
  }, async (req) => {
    await resetPassword(contextOf(req, db), req.params.id, req.body.password);
    return { ok: true as const };
  });
}
