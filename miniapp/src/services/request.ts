import Taro from '@tarojs/taro';

import { ApiError, apiErrorFromResponse, ClientErrorCode } from './api-error';
import { getToken } from './auth';
import { API_BASE, REQUEST_TIMEOUT_MS } from './config';

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

function buildHeaders(hasBody: boolean): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (hasBody) headers['Content-Type'] = 'application/json';
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  return headers;
}

function networkError(reason: unknown): ApiError {
  const text =
    typeof reason === 'object' && reason !== null && 'errMsg' in reason ? String(reason.errMsg) : String(reason);
  const code = /timeout|超时/i.test(text) ? ClientErrorCode.Timeout : ClientErrorCode.Network;
  return new ApiError(code, 0, text, reason);
}

/**
 * The one way the mini-app talks to the API. Resolves with the JSON body of a 2xx response;
 * rejects with an ApiError for a non-2xx response (code from the body) or a network failure.
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, timeout = REQUEST_TIMEOUT_MS } = options;
  let response: RawResponse;
  try {
    response = await Taro.request({
      url: buildUrl(path, query),
      method,
      data: body,
      header: buildHeaders(body !== undefined),
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
  // Refresh-on-401 hooks in here when identity lands: refresh the token, then resend once.
  throw apiErrorFromResponse(response.statusCode, response.data);
}
