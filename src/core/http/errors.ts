import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../errors.js';
import { statusOfCode, type ErrorCode } from '../error-codes.js';
import { appErrorOfDatabase, loggableError } from '../db/errors.js';

/** An answer the framework's refusals get, in the same shape and from the same catalogue as an AppError. */
const refuse = (reply: FastifyReply, code: ErrorCode, message: string, details?: unknown) =>
  reply.status(statusOfCode(code)).send({ error: { code, message, ...(details === undefined ? {} : { details }) } });

/** One place maps every failure to `{ error: { code, message, details } }` with a Vietnamese message. */
export function registerErrorHandler(app: FastifyInstance): void {
  const send = (reply: FastifyReply, err: AppError) => {
    const retry = (err.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (retry) reply.header('retry-after', String(retry));
    else if (err.category === 'unavailable' && err.code === 'DATABASE_UNAVAILABLE') reply.header('retry-after', '5');
    return reply.status(err.status).send({ error: { code: err.code, message: err.message, details: err.details } });
  };
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) return send(reply, err);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        field: [err.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.').replace(/^body\./, ''),
        message: v.message ?? 'Giá trị không hợp lệ',
      }));
      const first = details[0];
      return refuse(reply, 'VALIDATION_ERROR', first ? `Dữ liệu không hợp lệ ở trường "${first.field}": ${first.message}` : 'Dữ liệu không hợp lệ.', details);
    }
    const fromDatabase = appErrorOfDatabase(err);
    if (fromDatabase) {
      if (fromDatabase.status >= 500) request.log.warn({ err: loggableError(err) }, 'database unavailable or busy');
      return send(reply, fromDatabase);
    }
    if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return refuse(reply, 'INVALID_JSON', 'Nội dung gửi lên không phải JSON hợp lệ.');
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return refuse(reply, 'UNSUPPORTED_MEDIA_TYPE', 'Chỉ nhận nội dung dạng application/json.');
    }
    if (err.statusCode === 413) {
      return refuse(reply, 'PAYLOAD_TOO_LARGE', 'Nội dung gửi lên quá lớn.');
    }
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
      // Fastify's own refusals (a malformed URL or header, a body it cannot read) speak English: say it plainly.
      return reply.status(err.statusCode).send({ error: { code: 'BAD_REQUEST', message: 'Yêu cầu gửi lên không hợp lệ (địa chỉ, tiêu đề hoặc nội dung sai định dạng).', details: { reason: err.code } } });
    }
    if (isResponseSerializationError(err)) request.log.error({ err: loggableError(err), issues: err.cause?.issues }, 'response does not match its schema');
    else request.log.error({ err: loggableError(err) }, 'unhandled error');
    return refuse(reply, 'INTERNAL', 'Đã có lỗi hệ thống. Vui lòng thử lại hoặc báo cho quản trị viên.');
  });
}

/**
 * Unknown addresses: under /api/ (or everywhere without a UI) a JSON 404; with the built UI, every other
 * path loads the single page so client-side routes (/units, /audit ...) survive a reload. A missing file
 * under /assets/ (a page's code from before an update) stays a 404: served as the page, it would break as a script.
 */
export function registerNotFoundHandler(app: FastifyInstance, { spaIndex }: { spaIndex: boolean }): void {
  app.setNotFoundHandler((request, reply) => {
    if (spaIndex && !request.url.startsWith('/api/') && !request.url.startsWith('/assets/')) return reply.sendFile('index.html');
    return refuse(reply, 'ROUTE_NOT_FOUND', `Không có địa chỉ ${request.method} ${request.url.split('?')[0]}.`);
  });
}
