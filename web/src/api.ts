import type { ErrorCode } from '../../src/core/error-codes.js';
/**
 * The one fetch wrapper of the UI: same-origin cookies, JSON in and out, the CSRF header on writes, and
 * errors thrown as ApiError carrying the server's Vietnamese message.
 */

/** The server's codes (src/core/error-codes.ts), and the two the browser itself meets. */
export type ClientErrorCode = ErrorCode | 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly details: unknown;

  constructor(status: number, code: ClientErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Set from the login answer or GET /auth/me. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when an authenticated call answers 401 (session expired): the app goes to the login page. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

function csrfFromCookie(): string | null {
  const match = /(?:^|;\s*)danvan_csrf=([^;]+)/.exec(document.cookie);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

const noAuthRedirect = new Set(['/api/v1/auth/login', '/api/v1/auth/me', '/api/v1/auth/password']);

export async function request<T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...extra };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const token = csrfToken ?? csrfFromCookie();
    if (token) headers['x-csrf-token'] = token;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'Không kết nối được với máy chủ. Kiểm tra mạng rồi thử lại.');
  }
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const error = (data as { error?: { code?: ErrorCode; message?: string; details?: unknown } } | null)?.error;
    if (response.status === 401 && !noAuthRedirect.has(path.split('?')[0] ?? '')) onUnauthorized?.();
    throw new ApiError(
      response.status,
      error?.code ?? 'UNEXPECTED_RESPONSE',
      error?.message ?? `Máy chủ trả lỗi ${response.status}. Vui lòng thử lại.`,
      error?.details,
    );
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', query ? withQuery(path, query) : path),
  /** `idempotencyKey`: the submission's key (useIdempotencyKey), so a repeat gets the first answer. */
  post: <T>(path: string, body?: unknown, options: { idempotencyKey?: string } = {}) =>
    request<T>('POST', path, body ?? {}, options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Đã có lỗi. Vui lòng thử lại.';
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}

/**
 * Sends a file as the request body, telling how much has gone up (a 3G line takes seconds for a large
 * spreadsheet); answers as `request` does.
 */
export function uploadFile<T>(path: string, file: Blob, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
    const token = csrfToken ?? csrfFromCookie();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', 'Không kết nối được với máy chủ. Kiểm tra mạng rồi thử lại.'));
    xhr.onload = () => {
      const data = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) return resolve(data as T);
      const error = (data as { error?: { code?: ErrorCode; message?: string; details?: unknown } } | null)?.error;
      if (xhr.status === 401) onUnauthorized?.();
      reject(new ApiError(xhr.status, error?.code ?? 'UNEXPECTED_RESPONSE', error?.message ?? `Máy chủ trả lỗi ${xhr.status}. Vui lòng thử lại.`, error?.details));
    };
    xhr.send(file);
  });
}
