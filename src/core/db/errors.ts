/**
 * What a database failure means for the caller. Drizzle wraps the driver's error (its message holds the
 * query's bound parameters, a password hash among them), so the PostgreSQL code is looked for along the
 * `cause` chain, and only the driver's own message and the query text (placeholders, no values) are logged.
 */
import { AppError } from '../errors.js';

interface DriverError {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
  cause?: unknown;
  query?: unknown;
}

const sqlState = /^[0-9A-Z]{5}$/;
/** Node's socket errors: the server is not there. */
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);
const lostConnection = /Connection terminated|terminating connection|server closed the connection|Client has encountered a connection error/i;

/** The driver's error inside whatever wraps it, if the failure came from the database. */
export function driverErrorOf(err: unknown): (DriverError & { code: string }) | null {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const e = current as DriverError;
    if (typeof e.code === 'string' && (sqlState.test(e.code) || socketCodes.has(e.code))) return e as DriverError & { code: string };
    if (typeof e.message === 'string' && lostConnection.test(e.message)) return { ...e, code: '08006' };
    current = e.cause;
  }
  return null;
}

export const databaseUnavailable = () => new AppError('unavailable', 'DATABASE_UNAVAILABLE',
  'Không kết nối được cơ sở dữ liệu. Hệ thống sẽ tự kết nối lại; vui lòng thử lại sau ít phút. Thay đổi chưa lưu vẫn còn trên màn hình.');

/** The answer for a database failure, or null when it is a bug to report as such. */
export function appErrorOfDatabase(err: unknown): AppError | null {
  const driver = driverErrorOf(err);
  if (!driver) return null;
  const constraint = typeof driver.constraint === 'string' ? driver.constraint : undefined;
  const code = driver.code;
  if (code === '23505') return new AppError('conflict', 'DUPLICATE', 'Dữ liệu bị trùng với một bản ghi đã có (có thể vừa có người lưu cùng lúc). Hãy tải lại để xem bản đó.', { constraint });
  if (code === '23503' || code === '23514' || code === '23502' || code === '23P01') {
    return new AppError('invalid', 'CONSTRAINT_VIOLATION', 'Dữ liệu vi phạm ràng buộc của hệ thống.', { constraint });
  }
  if (code === '40001' || code === '40P01') {
    return new AppError('unavailable', 'RETRY', 'Có thao tác khác đang ghi cùng dữ liệu này. Không có gì bị thay đổi: hãy thử lại.', { retryAfterSeconds: 1 });
  }
  // Data exceptions: a value the database cannot hold (a number or a date out of range, bad text).
  if (code.startsWith('22')) return new AppError('invalid', 'VALUE_OUT_OF_RANGE', 'Có giá trị vượt quá giới hạn cho phép (số quá lớn hoặc ngày không hợp lệ).');
  // Connection exceptions, the server shutting down or refusing, or no socket at all.
  if (code.startsWith('08') || code.startsWith('57P') || code === '53300' || socketCodes.has(code)) return databaseUnavailable();
  return null;
}

/**
 * What may be logged of a failure: never the bound values. Drizzle's message lists them, and so does
 * PostgreSQL's own message for some codes ('invalid input syntax for type integer: "..."'), so a database
 * failure is logged by its code, the object it concerns and the query text, which has $1, $2 ... instead.
 */
export function loggableError(err: unknown): Record<string, unknown> {
  const driver = driverErrorOf(err) as (DriverError & { code: string; table?: unknown; column?: unknown; routine?: unknown }) | null;
  const outer = err as { name?: unknown; message?: unknown; stack?: unknown; query?: unknown };
  if (!driver) return { type: outer?.name, message: outer?.message, stack: outer?.stack };
  return {
    type: outer?.name,
    code: driver.code,
    constraint: driver.constraint,
    table: driver.table,
    column: driver.column,
    routine: driver.routine,
    query: typeof outer?.query === 'string' ? outer.query.slice(0, 2_000) : undefined,
  };
}
