import { type ErrorCode, isErrorCode } from '@tongxin/types';

/** Failures that happen before or outside the API's error contract. */
export const ClientErrorCode = {
  Network: 'NETWORK_ERROR',
  Timeout: 'TIMEOUT',
  UnexpectedResponse: 'UNEXPECTED_RESPONSE',
} as const;
export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];

export type ApiErrorCode = ErrorCode | ClientErrorCode;

/** Every failed request() rejects with this; callers switch on `code`. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  readonly details?: unknown;

  constructor(code: ApiErrorCode, status: number, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
    // Keeps `instanceof` working when the class is transpiled to ES5.
    Object.setPrototypeOf(this, ApiError.prototype);
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

interface ErrorBodyShape {
  code?: unknown;
  message?: unknown;
  details?: unknown;
}

/** Builds an ApiError from a non-2xx response, tolerating bodies that are not the API's (e.g. a proxy's 502 page). */
export function apiErrorFromResponse(status: number, body: unknown): ApiError {
  const shape: ErrorBodyShape = typeof body === 'object' && body !== null ? body : {};
  if (isErrorCode(shape.code)) {
    const message = typeof shape.message === 'string' ? shape.message : '请求失败';
    return new ApiError(shape.code, status, message, shape.details);
  }
  return new ApiError(ClientErrorCode.UnexpectedResponse, status, `服务暂时不可用（${status}）`, body);
}

/** Human copy for an error, in the UI's language. */
export function errorMessage(error: unknown): string {
  if (!isApiError(error)) return '出了点问题，请稍后再试';
  switch (error.code) {
    case ClientErrorCode.Network:
      return '网络不太好，请检查网络后重试';
    case ClientErrorCode.Timeout:
      return '请求超时，请稍后重试';
    default:
      return error.message;
  }
}
