import { ErrorCode } from '@tongxin/types';

import { request as taroRequest, taroTest } from '../../test/mocks/taro';
import { ApiError, ClientErrorCode } from './api-error';
import { setToken } from './auth';
import { request } from './request';

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
