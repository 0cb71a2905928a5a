/**
 * Idempotency-Key on writes: a form sends one key per submission, and the server answers a repeat of
 * it (a double click, a retry after the answer was lost on a 3G line) with the first answer instead of
 * doing the work twice. Only successful answers are kept, for a day; a failed write may be sent again.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { AppError } from '../errors.js';
import { idempotencyKeys } from './tables.js';

export const idempotencyHeader = 'idempotency-key';
const keyShape = /^[A-Za-z0-9_-]{8,100}$/;
const keepMs = 86_400_000;

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: { userId: number; key: string } | null;
  }
}

const fingerprintOf = (request: FastifyRequest) =>
  `${request.method} ${request.routeOptions.url ?? request.url} ${createHash('sha256').update(JSON.stringify(request.body ?? null)).digest('hex')}`;

export function registerIdempotency(app: FastifyInstance, db: Db): void {
  app.decorateRequest('idempotency', null);

  // After authentication and validation: the key belongs to the signed-in user and to a valid request.
  app.addHook('preHandler', async (request, reply) => {
    const sent = request.headers[idempotencyHeader];
    if (request.method !== 'POST' || sent === undefined || !request.session?.actor.id) return;
    if (typeof sent !== 'string' || !keyShape.test(sent)) {
      throw new AppError('invalid', 'IDEMPOTENCY_KEY_INVALID', 'Mã chống gửi trùng (Idempotency-Key) phải gồm 8-100 chữ, số, "-" hoặc "_".');
    }
    const userId = request.session.actor.id;
    const fingerprint = fingerprintOf(request);
    await db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, new Date(Date.now() - keepMs)));
    const [taken] = await db.insert(idempotencyKeys).values({ userId, key: sent, fingerprint }).onConflictDoNothing().returning({ key: idempotencyKeys.key });
    if (taken) {
      request.idempotency = { userId, key: sent };
      return;
    }
    const [first] = await db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, sent)));
    if (!first || first.fingerprint !== fingerprint) {
      throw new AppError('invalid', 'IDEMPOTENCY_KEY_REUSED', 'Mã chống gửi trùng này đã dùng cho một yêu cầu khác: hãy tải lại trang rồi gửi lại.');
    }
    if (first.statusCode === null || first.response === null) {
      throw new AppError('conflict', 'REQUEST_IN_PROGRESS', 'Yêu cầu này đang được xử lý (có thể do bấm hai lần): hãy chờ kết quả, không cần gửi lại.');
    }
    return reply.status(first.statusCode).header('idempotent-replayed', 'true').type('application/json; charset=utf-8').send(first.response);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const pending = request.idempotency;
    if (!pending) return payload;
    request.idempotency = null;
    const where = and(eq(idempotencyKeys.userId, pending.userId), eq(idempotencyKeys.key, pending.key));
    if (reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === 'string') {
      await db.update(idempotencyKeys).set({ statusCode: reply.statusCode, response: payload }).where(where);
    } else {
      await db.delete(idempotencyKeys).where(where);
    }
    return payload;
  });
}
