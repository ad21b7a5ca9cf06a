import { AccessTokenCache, type IssuedToken } from './access-token.cache';

function setup(expiresInSeconds = 7200) {
  let now = 1_000_000;
  let issued = 0;
  const pending: Array<{ resolve: (t: IssuedToken) => void; reject: (e: Error) => void }> = [];
  const fetchToken = jest.fn(() => new Promise<IssuedToken>((resolve, reject) => pending.push({ resolve, reject })));
  const cache = new AccessTokenCache(fetchToken, () => now);
  const answer = () => pending.shift()!.resolve({ token: `token-${++issued}`, expiresInSeconds });
  return { cache, fetchToken, answer, pending, advance: (ms: number) => (now += ms) };
}

describe('AccessTokenCache', () => {
  it('shares one in-flight fetch between concurrent callers', async () => {
    const { cache, fetchToken, answer } = setup();
    const calls = [cache.get(), cache.get(), cache.get()];
    expect(fetchToken).toHaveBeenCalledTimes(1);
    answer();
    await expect(Promise.all(calls)).resolves.toEqual(['token-1', 'token-1', 'token-1']);
  });

  it('reuses the token until five minutes before expires_in, then fetches again', async () => {
    const { cache, fetchToken, answer, advance } = setup(7200);
    const first = cache.get();
    answer();
    await expect(first).resolves.toBe('token-1');
    advance((7200 - 300) * 1000 - 1);
    await expect(cache.get()).resolves.toBe('token-1');
    expect(fetchToken).toHaveBeenCalledTimes(1);
    advance(1);
    const second = cache.get();
    expect(fetchToken).toHaveBeenCalledTimes(2);
    answer();
    await expect(second).resolves.toBe('token-2');
  });

  it('uses a short-lived token for half its life', async () => {
    const { cache, fetchToken, answer, advance } = setup(200);
    const first = cache.get();
    answer();
    await first;
    advance(99_999);
    await cache.get();
    expect(fetchToken).toHaveBeenCalledTimes(1);
    advance(1);
    void cache.get();
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  it('does not cache a failed fetch', async () => {
    const { cache, fetchToken, pending, answer } = setup();
    const failed = cache.get();
    pending.shift()!.reject(new Error('down'));
    await expect(failed).rejects.toThrow('down');
    const retry = cache.get();
    expect(fetchToken).toHaveBeenCalledTimes(2);
    answer();
    await expect(retry).resolves.toBe('token-1');
  });

  it('drops a rejected token, but not a newer one a slower caller did not see', async () => {
    const { cache, fetchToken, answer } = setup();
    const first = cache.get();
    answer();
    await first;
    cache.invalidate('token-1');
    const second = cache.get();
    answer();
    await expect(second).resolves.toBe('token-2');
    cache.invalidate('token-1');
    await expect(cache.get()).resolves.toBe('token-2');
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });
});
