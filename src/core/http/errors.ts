import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../errors.js';

interface PgLikeError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/** One place maps every failure to `{ error: { code, message, details } }` with a Vietnamese message. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.message, details: err.details } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        field: [err.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.').replace(/^body\./, ''),
        message: v.message ?? 'Giá trị không hợp lệ',
      }));
      const first = details[0];
      return reply.status(400).send({
        error: {
          code: 'VALIDATION_ERROR',
          message: first ? `Dữ liệu không hợp lệ ở trường "${first.field}": ${first.message}` : 'Dữ liệu không hợp lệ.',
          details,
        },
      });
    }
    const pgCode = (err as PgLikeError).code;
    if (pgCode === '23505') {
      return reply.status(409).send({ error: { code: 'DUPLICATE', message: 'Dữ liệu bị trùng với một bản ghi đã có.', details: { constraint: (err as PgLikeError).constraint } } });
    }
    if (pgCode === '23503' || pgCode === '23514') {
      return reply.status(400).send({ error: { code: 'CONSTRAINT_VIOLATION', message: 'Dữ liệu vi phạm ràng buộc của hệ thống.', details: { constraint: (err as PgLikeError).constraint } } });
    }
    if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return reply.status(400).send({ error: { code: 'INVALID_JSON', message: 'Nội dung gửi lên không phải JSON hợp lệ.' } });
    }
    if (err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply.status(415).send({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Chỉ nhận nội dung dạng application/json.' } });
    }
    if (err.statusCode === 413) {
      return reply.status(413).send({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'Nội dung gửi lên quá lớn.' } });
    }
    if (isResponseSerializationError(err)) request.log.error({ err, issues: err.cause?.issues }, 'response does not match its schema');
    else request.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ error: { code: 'INTERNAL', message: 'Đã có lỗi hệ thống. Vui lòng thử lại hoặc báo cho quản trị viên.' } });
  });
}

/**
 * Unknown addresses: under /api/ (or everywhere without a UI) a JSON 404; with the built UI, every other
 * path loads the single page so client-side routes (/units, /audit ...) survive a reload.
 */
export function registerNotFoundHandler(app: FastifyInstance, { spaIndex }: { spaIndex: boolean }): void {
  app.setNotFoundHandler((request, reply) => {
    if (spaIndex && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
    return reply.status(404).send({ error: { code: 'ROUTE_NOT_FOUND', message: `Không có địa chỉ ${request.method} ${request.url.split('?')[0]}.` } });
  });
}
