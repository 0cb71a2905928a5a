/** One error type for the whole app; its code comes from the catalogue, and the HTTP status from the code's category. */
import { errorCatalogue, httpStatusOf, type CodeOf, type ErrorCategory, type ErrorCode } from './error-codes.js';

export type { ErrorCategory, ErrorCode } from './error-codes.js';

export interface FieldIssue {
  field: string;
  message: string;
}

/** A category and a code of that category: `new AppError('conflict', 'UNIT_NOT_FOUND', …)` does not compile. */
type Raised = { [C in ErrorCategory]: [category: C, code: CodeOf<C>] }[ErrorCategory];

export class AppError extends Error {
  readonly status: number;
  readonly category: ErrorCategory;
  /** Stable, documented machine code, e.g. UNIT_NOT_FOUND (error-codes.ts). */
  readonly code: ErrorCode;
  constructor(...[category, code, message, details]: [...Raised, message: string, details?: unknown]) {
    super(message);
    this.category = category;
    this.code = code;
    this.details = details;
    this.status = httpStatusOf[errorCatalogue[code]];
  }
  readonly details?: unknown;
}

/** An error whose category the catalogue gives (for a rule's refusal that may be of more than one kind). */
export const errorOf = (code: ErrorCode, message: string, details?: unknown) =>
  new AppError(...([errorCatalogue[code], code] as Raised), message, details);

export const invalid = (code: CodeOf<'invalid'>, message: string, details?: unknown) =>
  new AppError('invalid', code, message, details);
export const notFound = (code: CodeOf<'not_found'>, message: string, details?: unknown) =>
  new AppError('not_found', code, message, details);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.', code: CodeOf<'forbidden'> = 'FORBIDDEN') =>
  new AppError('forbidden', code, message);
export const conflict = (code: CodeOf<'conflict'>, message: string, details?: unknown) =>
  new AppError('conflict', code, message, details);
export const unauthenticated = (message = 'Bạn cần đăng nhập để tiếp tục.') =>
  new AppError('unauthenticated', 'UNAUTHENTICATED', message);
