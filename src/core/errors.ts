/** One error type for the whole app; HTTP status follows from the code's category. */
export type ErrorCategory = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'throttled' | 'unavailable';

const statusOf: Record<ErrorCategory, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  throttled: 429,
  /** A part of the system is missing or failing (LibreOffice for PDF): try later or another way. */
  unavailable: 503,
};

export interface FieldIssue {
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly category: ErrorCategory,
    /** Stable, documented machine code, e.g. UNIT_NOT_FOUND. */
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = statusOf[category];
  }
}

export const invalid = (code: string, message: string, details?: unknown) =>
  new AppError('invalid', code, message, details);
export const notFound = (code: string, message: string, details?: unknown) =>
  new AppError('not_found', code, message, details);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.', code = 'FORBIDDEN') =>
  new AppError('forbidden', code, message);
export const conflict = (code: string, message: string, details?: unknown) =>
  new AppError('conflict', code, message, details);
export const unauthenticated = (message = 'Bạn cần đăng nhập để tiếp tục.') =>
  new AppError('unauthenticated', 'UNAUTHENTICATED', message);
