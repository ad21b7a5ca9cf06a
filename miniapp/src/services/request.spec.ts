import { type AuthTokens, ErrorCode, type MeSummary } from '@tongxin/types';

import { fail, fakeApi, ok } from '../../test/fake-api';
import { navigateTo, request as taroRequest, taroTest } from '../../test/mocks/taro';
import { ApiError, ClientErrorCode } from './api-error';
import { request } from './request';
import { getRefreshToken, getSessionUser, getToken, saveSession, setToken } from './session';

interface SentOptions {
  url: string;
  method: string;
  header: Record<string, string>;
  data?: unknown;
}

function lastSent(): SentOptions {
  const calls = taroRequest.mock.calls as unknown as Array<[SentOptions]>;
  return calls[calls.length - 1][0];
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('request()', () => {
  beforeEach(() => taroTest.reset());

  it('resolves with the body of a 2xx response, sent to the API base with the query', async () => {
    taroRequest.mockResolvedValue({ statusCode: 200, data: { ok: true } });

    await expect(request('events', { query: { upcoming: true, page: 2, placeId: undefined } })).resolves.toEqual({
      ok: true,
    });

    expect(lastSent().url).toBe('http://api.test/api/events?upcoming=true&page=2');
    expect(lastSent().method).toBe('GET');
    expect(lastSent().header.Authorization).toBeUndefined();
  });

  it('sends the stored token as a Bearer header', async () => {
    setToken('t0ken');
    taroRequest.mockResolvedValue({ statusCode: 200, data: {} });

    await request('events');

    expect(lastSent().header.Authorization).toBe('Bearer t0ken');
  });

  it('turns a non-2xx error body into an ApiError carrying its code', async () => {
    taroRequest.mockResolvedValue({
      statusCode: 404,
      data: { code: ErrorCode.EventNotFound, message: '活动不存在', details: { id: 'x' } },
    });

    const error = await rejection(request('events/x'));

    expect(error.code).toBe(ErrorCode.EventNotFound);
    expect(error.status).toBe(404);
    expect(error.message).toBe('活动不存在');
    expect(error.details).toEqual({ id: 'x' });
  });

  it('maps a non-2xx body outside the contract (e.g. a proxy page) to UNEXPECTED_RESPONSE', async () => {
    taroRequest.mockResolvedValue({ statusCode: 502, data: '<html>Bad Gateway</html>' });

    const error = await rejection(request('events'));

    expect(error.code).toBe(ClientErrorCode.UnexpectedResponse);
    expect(error.status).toBe(502);
  });

  it('maps a failed request to NETWORK_ERROR, and a timeout to TIMEOUT', async () => {
    taroRequest.mockRejectedValueOnce({ errMsg: 'request:fail net::ERR_CONNECTION_REFUSED' });
    taroRequest.mockRejectedValueOnce({ errMsg: 'request:fail timeout' });

    const network = await rejection(request('events'));
    const timeout = await rejection(request('events'));

    expect(network.code).toBe(ClientErrorCode.Network);
    expect(network.status).toBe(0);
    expect(timeout.code).toBe(ClientErrorCode.Timeout);
  });
});

const user: MeSummary = { id: 'user-1', nickname: '其其格', avatarUrl: null, phone: '13800000001', roles: [] };

function tokens(accessToken: string, refreshToken: string): AuthTokens {
  return { accessToken, refreshToken, expiresIn: 900, user };
}

const expired = fail(401, ErrorCode.TokenExpired, '登录已过期');

describe('request() when the access token has expired', () => {
  beforeEach(() => {
    taroTest.reset();
    saveSession(tokens('old-access', 'refresh-1'));
  });

  it('refreshes once, stores the new tokens and resends the request with the new token', async () => {
    const sent = fakeApi({
      'GET me': [expired, ok({ id: 'user-1' })],
      'POST auth/refresh': [ok(tokens('new-access', 'refresh-2'))],
    });

    await expect(request('me')).resolves.toEqual({ id: 'user-1' });

    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual([
      'GET http://api.test/api/me',
      'POST http://api.test/api/auth/refresh',
      'GET http://api.test/api/me',
    ]);
    expect(sent[0].header.Authorization).toBe('Bearer old-access');
    expect(sent[1].data).toEqual({ refreshToken: 'refresh-1' });
    expect(sent[1].header.Authorization).toBeUndefined();
    expect(sent[2].header.Authorization).toBe('Bearer new-access');
    expect(getToken()).toBe('new-access');
    expect(getRefreshToken()).toBe('refresh-2');
  });

  it('shares one refresh between requests that expire together', async () => {
    const sent = fakeApi({
      'GET me': [expired, ok({ me: true })],
      'GET me/binding': [expired, ok(null)],
      'POST auth/refresh': [ok(tokens('new-access', 'refresh-2'))],
    });

    await expect(Promise.all([request('me'), request('me/binding')])).resolves.toEqual([{ me: true }, null]);

    expect(sent.filter((s) => s.url.endsWith('auth/refresh'))).toHaveLength(1);
    expect(sent.filter((s) => s.header.Authorization === 'Bearer new-access')).toHaveLength(2);
  });

  it("resends only once: a second 401 is the caller's error", async () => {
    const sent = fakeApi({
      'GET me': [expired],
      'POST auth/refresh': [ok(tokens('new-access', 'refresh-2'))],
    });

    const error = await rejection(request('me'));

    expect(error.code).toBe(ErrorCode.TokenExpired);
    expect(sent).toHaveLength(3);
  });

  it('clears the session and opens the login page when the refresh is refused', async () => {
    fakeApi({
      'GET me': [expired],
      'POST auth/refresh': [fail(401, ErrorCode.RefreshTokenReused, '登录已失效')],
    });

    const error = await rejection(request('me'));

    expect(error.code).toBe(ErrorCode.RefreshTokenReused);
    expect(getToken()).toBeNull();
    expect(getRefreshToken()).toBeNull();
    expect(getSessionUser()).toBeNull();
    expect(navigateTo).toHaveBeenCalledWith({ url: '/packages/account/pages/login/index' });
  });

  it('keeps the session when the refresh cannot reach the API (bad signal)', async () => {
    fakeApi({
      'GET me': [expired],
      'POST auth/refresh': [() => Promise.reject({ errMsg: 'request:fail net::ERR_INTERNET_DISCONNECTED' })],
    });

    const error = await rejection(request('me'));

    expect(error.code).toBe(ClientErrorCode.Network);
    expect(getRefreshToken()).toBe('refresh-1');
    expect(navigateTo).not.toHaveBeenCalled();
  });

  it('sends the parent’s id as x-on-behalf-of with the request and its resend after the refresh, never with the refresh', async () => {
    const sent = fakeApi({
      'POST reports': [expired, ok({ id: 'r1' }, 201)],
      'POST auth/refresh': [ok(tokens('new-access', 'refresh-2'))],
    });

    await request('reports', {
      method: 'POST',
      body: {},
      onBehalfOf: 'parent-1',
      headers: { 'Idempotency-Key': 'k1' },
    });

    expect(sent.map((s) => s.header['x-on-behalf-of'])).toEqual(['parent-1', undefined, 'parent-1']);
    expect(sent[2].header['Idempotency-Key']).toBe('k1');
    expect(sent[2].header.Authorization).toBe('Bearer new-access');
  });

  it('sends no x-on-behalf-of unless asked', async () => {
    const sent = fakeApi({ 'GET reports/mine': [ok({ items: [] })] });

    await request('reports/mine', { onBehalfOf: undefined });

    expect(Object.keys(sent[0].header)).not.toContain('x-on-behalf-of');
  });

  it('does not refresh a request sent without a token', async () => {
    setToken(null);
    const sent = fakeApi({ 'GET me': [fail(401, ErrorCode.Unauthenticated, '请先登录')] });

    const error = await rejection(request('me'));

    expect(error.code).toBe(ErrorCode.Unauthenticated);
    expect(sent).toHaveLength(1);
    expect(navigateTo).not.toHaveBeenCalled();
  });
});
