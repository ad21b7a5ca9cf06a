import type { AuthTokens } from '@tongxin/types';

import { http, type HttpResult } from './test-app';

/** Logs in as a seeded demo account (demo mode) and returns its tokens. */
export async function loginAs(baseUrl: string, account: string): Promise<AuthTokens> {
  const res = await http<AuthTokens>(baseUrl, '/api/auth/demo/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account }),
  });
  if (res.status !== 200) throw new Error(`demo login as ${account} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A client that sends JSON with the given bearer token. */
export function client(baseUrl: string, token?: string, extraHeaders: Record<string, string> = {}) {
  const call = <T>(method: string, path: string, body?: unknown): Promise<HttpResult<T>> =>
    http<T>(baseUrl, `/api${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...extraHeaders,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return {
    get: <T>(path: string) => call<T>('GET', path),
    post: <T>(path: string, body: unknown = {}) => call<T>('POST', path, body),
    patch: <T>(path: string, body: unknown) => call<T>('PATCH', path, body),
    put: <T>(path: string, body: unknown) => call<T>('PUT', path, body),
    delete: <T>(path: string) => call<T>('DELETE', path),
  };
}
