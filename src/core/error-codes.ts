/**
 * Every code the API answers in `{ error: { code } }`, with its category (the HTTP status follows from it).
 * The server and web/ share this list, so a code is a typed union, not a string to misspell; the messages
 * stay with each feature, in Vietnamese, where the error is raised.
 */
export type ErrorCategory =
  | 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'too_large' | 'unsupported'
  | 'throttled' | 'internal' | 'unavailable';

export const errorCatalogue = {
  // Every route: sessions, input, the database, the framework
  BACKUP_FAILED: 'unavailable',
  BACKUP_FILE_NOT_FOUND: 'invalid',
  BAD_REQUEST: 'invalid',
  BAD_URL: 'invalid',
  BODY_TOO_DEEP: 'invalid',
  CONSTRAINT_VIOLATION: 'invalid',
  CSRF_TOKEN_INVALID: 'forbidden',
  DATABASE_OWNER_NEEDED: 'unavailable',
  DATABASE_UNAVAILABLE: 'unavailable',
  DUPLICATE: 'conflict',
  FORBIDDEN: 'forbidden',
  IDEMPOTENCY_KEY_INVALID: 'invalid',
  IDEMPOTENCY_KEY_REUSED: 'invalid',
  INTERNAL: 'internal',
  INVALID_JSON: 'invalid',
  PAYLOAD_TOO_LARGE: 'too_large',
  POSTGRES_TOOLS_MISSING: 'unavailable',
  REQUEST_IN_PROGRESS: 'conflict',
  RESTORE_TARGET_NOT_EMPTY: 'conflict',
  RETRY: 'unavailable',
  ROUTE_NOT_FOUND: 'not_found',
  UNAUTHENTICATED: 'unauthenticated',
  UNSUPPORTED_MEDIA_TYPE: 'unsupported',
  VALIDATION_ERROR: 'invalid',
  VALUE_OUT_OF_RANGE: 'invalid',
  // Accounts, sessions, logins
  ACCOUNT_DISABLED: 'unauthenticated',
  FIRST_RUN_DONE: 'conflict',
  INVALID_CREDENTIALS: 'unauthenticated',
  LOGIN_THROTTLED: 'throttled',
  ROLE_NOT_GRANTABLE: 'forbidden',
  OUT_OF_SCOPE: 'forbidden',
  SELF_LOCKOUT: 'invalid',
  UNIT_NOT_FOUND: 'not_found',
  USERNAME_TAKEN: 'conflict',
  USER_NOT_FOUND: 'not_found',
  USER_VERSION_CONFLICT: 'conflict',
  WEAK_PASSWORD: 'invalid',
  WRONG_PASSWORD: 'invalid',
  // Administrative units and their history, profiles
  CHILDREN_TARGET_IS_SELF: 'invalid',
  CHILDREN_TARGET_REQUIRED: 'invalid',
  CHILDREN_UNASSIGNED: 'invalid',
  CYCLE: 'conflict',
  DATE_BEFORE_LAST_CHANGE: 'conflict',
  DUPLICATE_SOURCES: 'invalid',
  DUPLICATE_TARGETS: 'invalid',
  INVALID_PARENT_LEVEL: 'conflict',
  INVALID_TYPE_NAME: 'invalid',
  LEVEL_MISMATCH: 'conflict',
  MERGE_NEEDS_TWO: 'invalid',
  NOTHING_TO_CHANGE: 'invalid',
  PARENT_REQUIRED: 'conflict',
  PROFILE_NOT_FOUND: 'not_found',
  PROFILE_VERSION_CONFLICT: 'conflict',
  TARGET_IS_SOURCE: 'invalid',
  UNIT_CODE_TAKEN: 'conflict',
  UNIT_ENDED: 'conflict',
  UNIT_NOT_YET_VALID: 'conflict',
  UNIT_OPERATION_FORBIDDEN: 'forbidden',
  // Hand-over of ended units
  HAND_OVER_FORBIDDEN: 'forbidden',
  HAND_OVER_NOT_YET: 'invalid',
  HAND_OVER_TARGET_INVALID: 'conflict',
  HAND_OVER_TARGET_REQUIRED: 'invalid',
  HAND_OVER_TO_ITSELF: 'conflict',
  HAND_OVER_UNIT_ACTIVE: 'conflict',
  // Document references (số, ký hiệu)
  DOCUMENT_EXISTS: 'conflict',
  DOCUMENT_LINK_EXISTS: 'conflict',
  DOCUMENT_LINK_NOT_FOUND: 'not_found',
  DOCUMENT_LINK_SELF: 'invalid',
  DOCUMENT_NOT_FOUND: 'not_found',
  DOCUMENT_NOT_YOURS: 'forbidden',
  DOCUMENT_NUMBER_UNREADABLE: 'invalid',
  DOCUMENT_VERSION_CONFLICT: 'conflict',
  READ_ONLY: 'forbidden',
  // Templates, requests and reports
  ANNEX_REQUEST_INVALID: 'invalid',
  COMPILED_FOR_REQUESTER: 'forbidden',
  DEADLINE_NOT_LATER: 'invalid',
  FIGURE_COLUMN_UNKNOWN: 'invalid',
  FIGURE_ROW_UNKNOWN: 'invalid',
  FIGURE_TABLE_UNKNOWN: 'invalid',
  ISSUER_NOT_VALID_ON_DATE: 'invalid',
  NOT_A_RECIPIENT: 'forbidden',
  RECIPIENT_NOT_SUBORDINATE: 'invalid',
  REPORT_DRAFT_PRIVATE: 'forbidden',
  REPORT_EXISTS: 'conflict',
  REPORT_INCOMPLETE: 'invalid',
  REPORT_LOCKED: 'conflict',
  REPORT_NOT_AUTHOR: 'forbidden',
  REPORT_NOT_DELETABLE: 'conflict',
  REPORT_NOT_FOUND: 'not_found',
  REPORT_NUMBER_TAKEN: 'conflict',
  REPORT_STATUS_CONFLICT: 'conflict',
  REPORT_VERSION_CONFLICT: 'conflict',
  REPORT_VERSION_NOT_FOUND: 'not_found',
  REQUEST_DATES_INVALID: 'invalid',
  REQUEST_ISSUER_FORBIDDEN: 'forbidden',
  REQUEST_NOT_FOUND: 'not_found',
  REQUEST_NOT_YOURS: 'forbidden',
  REQUEST_VERSION_CONFLICT: 'conflict',
  REQUEST_WITHDRAWN: 'conflict',
  RETURN_COMMENT_REQUIRED: 'invalid',
  TEMPLATE_AUTHOR_ONLY: 'forbidden',
  TEMPLATE_NOT_FOUND: 'not_found',
  TEMPLATE_NOT_YOURS: 'forbidden',
  TEMPLATE_VERSION_CONFLICT: 'conflict',
  TEMPLATE_VERSION_NOT_FOUND: 'not_found',
  WORKFLOW_FORBIDDEN: 'forbidden',
  // .docx and PDF
  PDF_BUSY: 'unavailable',
  PDF_CONVERSION_FAILED: 'unavailable',
  PDF_UNAVAILABLE: 'unavailable',
  // The audit log
  INVALID_RANGE: 'invalid',
  // The demo loader
  DATABASE_NOT_EMPTY: 'conflict',
  // The command line
  FILE_UNREADABLE: 'invalid',
} as const satisfies Record<string, ErrorCategory>;

export type ErrorCode = keyof typeof errorCatalogue;
export type CodeOf<C extends ErrorCategory> = { [K in ErrorCode]: (typeof errorCatalogue)[K] extends C ? K : never }[ErrorCode];

export const httpStatusOf: Record<ErrorCategory, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  throttled: 429,
  internal: 500,
  /** A part of the system is missing or failing (LibreOffice for PDF, the database): try later or another way. */
  unavailable: 503,
};

export const statusOfCode = (code: ErrorCode): number => httpStatusOf[errorCatalogue[code]];
