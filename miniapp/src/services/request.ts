import Taro from '@tarojs/taro';
import { ApiRoute, type AuthTokens, DEFAULT_PAGE_SIZE, ErrorCode, ON_BEHALF_HEADER } from '@tongxin/types';

import { ApiError, apiErrorFromResponse, ClientErrorCode } from './api-error';
import { API_BASE, REQUEST_TIMEOUT_MS } from './config';
import { clearSession, getRefreshToken, getToken, saveSession } from './session';
import { onSessionEnded } from './session-ended';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | undefined | null;

interface RawResponse {
  statusCode: number;
  data: unknown;
}

export interface RequestOptions {
  method?: HttpMethod;
  query?: Record<string, QueryValue>;
  body?: object;
  timeout?: number;
  /** Extra headers, e.g. Idempotency-Key; sent unchanged on the retry after a refresh. */
  headers?: Record<string, string>;
  /** Send no token and never refresh (login, refresh and the like). */
  anonymous?: boolean;
  /** 亲情代办: the parent's user id, sent as `x-on-behalf-of`; only the routes the API marks for it accept one. */
  onBehalfOf?: string;
}

/** The page and page size of a list query, with the API's defaults (page 1, DEFAULT_PAGE_SIZE). */
export function pageOf(query: { page?: number; pageSize?: number }): { page: number; pageSize: number } {
  return { page: query.page ?? 1, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE };
}

export function buildQueryString(query: Record<string, QueryValue> = {}): string {
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined && entry[1] !== null)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  return `${API_BASE}/${path.replace(/^\/+/, '')}${buildQueryString(query)}`;
}

function buildHeaders(hasBody: boolean, token: string | null, extra?: Record<string, string>): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json', ...extra };
  if (hasBody) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  return headers;
}

export function networkError(reason: unknown): ApiError {
  const text =
    typeof reason === 'object' && reason !== null && 'errMsg' in reason ? String(reason.errMsg) : String(reason);
  const code = /timeout|超时/i.test(text) ? ClientErrorCode.Timeout : ClientErrorCode.Network;
  return new ApiError(code, 0, text, reason);
}

async function send<T>(path: string, options: RequestOptions, token: string | null): Promise<T> {
  const { method = 'GET', query, body, headers, onBehalfOf, timeout = REQUEST_TIMEOUT_MS } = options;
  const extra = onBehalfOf ? { ...headers, [ON_BEHALF_HEADER]: onBehalfOf } : headers;
  let response: RawResponse;
  try {
    response = await Taro.request({
      url: buildUrl(path, query),
      method,
      data: body,
      header: buildHeaders(body !== undefined, token, extra),
      dataType: 'json',
      timeout,
    });
  } catch (reason) {
    throw networkError(reason);
  }
  if (response.statusCode >= 200 && response.statusCode < 300) {
    // The API's contract types the body; request() does not re-validate 2xx payloads.
    return response.data as T;
  }
  throw apiErrorFromResponse(response.statusCode, response.data);
}

function endSession(): void {
  clearSession();
  onSessionEnded();
}

let refreshing: Promise<void> | null = null;

async function refreshTokens(): Promise<void> {
  const refreshToken = getRefreshToken();
  if (!refreshToken) {
    endSession();
    throw new ApiError(ErrorCode.Unauthenticated, 401, '登录已过期，请重新登录');
  }
  try {
    saveSession(await send<AuthTokens>(ApiRoute.Auth.Refresh, { method: 'POST', body: { refreshToken } }, null));
  } catch (error) {
    // A rider on bad signal keeps the session: only an answer from the API ends it.
    if (error instanceof ApiError && error.status > 0 && error.status < 500) endSession();
    throw error;
  }
}

/** One refresh at a time: every request that finds its token expired waits on the same one. */
function refreshOnce(): Promise<void> {
  if (!refreshing) refreshing = refreshTokens().finally(() => (refreshing = null));
  return refreshing;
}

/**
 * Runs `attempt` with the current token. On 401 TOKEN_EXPIRED it refreshes the tokens once (shared by
 * concurrent callers) and runs `attempt` once more; any other 401 ends the session. Uploads use this too.
 */
export async function withFreshToken<T>(attempt: (token: string | null) => Promise<T>): Promise<T> {
  const token = getToken();
  try {
    return await attempt(token);
  } catch (error) {
    if (!token || !(error instanceof ApiError) || error.status !== 401) throw error;
    if (error.code !== ErrorCode.TokenExpired) {
      endSession();
      throw error;
    }
  }
  // Another request may have refreshed while this one was in flight.
  if (getToken() === token) await refreshOnce();
  return attempt(getToken());
}

/**
 * The one way the mini-app talks to the API. Resolves with the JSON body of a 2xx response;
 * rejects with an ApiError for a non-2xx response (code from the body) or a network failure.
 * On 401 TOKEN_EXPIRED it refreshes the tokens once (shared by concurrent requests) and resends
 * once; when the refresh is refused the session is cleared and the login page opened.
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  if (options.anonymous) return send<T>(path, options, null);
  return withFreshToken((token) => send<T>(path, options, token));
}
