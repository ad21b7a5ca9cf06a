import { type ApiErrorBody, type AuthTokens, ErrorCode } from '@tongxin/types';
import Redis from 'ioredis';

import { client, loginAs } from './helpers/session';
import { startTestApp, type TestApp } from './helpers/test-app';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const demoLogin = (baseUrl: string, headers: Record<string, string> = {}) =>
  client(baseUrl, undefined, headers).post<AuthTokens & ApiErrorBody>('/auth/demo/login', { account: 'resident' });

describe('login attempts per client address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_LOGINS_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('stops the fourth login from one address in a minute, whatever X-Forwarded-For claims', async () => {
    const answers = [];
    for (let i = 1; i <= 4; i += 1) answers.push(await demoLogin(t.baseUrl, { 'x-forwarded-for': `198.51.100.${i}` }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers[3].body).toMatchObject({ code: ErrorCode.RateLimited, message: '操作太频繁，请稍后再试' });
    expect(typeof answers[3].body.requestId).toBe('string');
    expect(Number(answers[3].headers.get('retry-after-logins'))).toBeGreaterThan(0);
  });
});

describe('behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_LOGINS_PER_MINUTE: '2', TRUST_PROXY: '127.0.0.1' });
  });
  afterAll(() => t.close());

  it('counts each client address the proxy reports on its own', async () => {
    const from = (address: string) => demoLogin(t.baseUrl, { 'x-forwarded-for': address });
    const statuses = [];
    for (const address of ['198.51.100.7', '198.51.100.7', '198.51.100.7', '198.51.100.8']) {
      statuses.push((await from(address)).status);
    }
    expect(statuses).toEqual([200, 200, 429, 200]);
  });
});

describe('writes per member', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ RATE_LIMIT_WRITES_PER_MINUTE: '4' });
  });
  afterAll(() => t.close());

  it('limits each member’s writes across every route, not their reads and not other members', async () => {
    const alice = client(t.baseUrl, (await loginAs(t.baseUrl, 'resident')).accessToken);
    const bob = client(t.baseUrl, (await loginAs(t.baseUrl, 'resident-2')).accessToken);
    const writes = [
      await alice.patch('/me', { nickname: '写一' }),
      await alice.post('/notifications/read-all', {}),
      await alice.patch('/me', { nickname: '写三' }),
      await alice.post('/notifications/read-all', {}),
      await alice.patch<ApiErrorBody>('/me', { nickname: '写五' }),
    ];
    expect(writes.map((w) => w.status)).toEqual([200, 204, 200, 204, 429]);
    expect((writes[4].body as ApiErrorBody).code).toBe(ErrorCode.RateLimited);
    expect((await alice.get('/me')).status).toBe(200);
    expect((await bob.patch('/me', { nickname: '别人' })).status).toBe(200);
  });
});

/** Redis is a service of the machine, not of the repository: CI requires it (REQUIRE_REDIS=1), a laptop may lack it. */
async function redisReachable(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

describe('counters shared through Redis by several API processes', () => {
  let redis: Redis;
  let first: TestApp | undefined;
  let second: TestApp | undefined;
  let absent = false;
  beforeAll(async () => {
    if (!(await redisReachable())) {
      if (process.env.REQUIRE_REDIS === '1') throw new Error(`no Redis at ${REDIS_URL}`);
      absent = true;
      return;
    }
    redis = new Redis(REDIS_URL);
    const stale = await redis.keys('tongxin:rl:logins:*');
    if (stale.length > 0) await redis.del(...stale);
    const env = { REDIS_URL, RATE_LIMIT_LOGINS_PER_MINUTE: '4' };
    first = await startTestApp(env);
    second = await startTestApp(env);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await redis?.quit();
  });

  it('counts logins to either process against one budget', async () => {
    if (absent || !first || !second) {
      process.stdout.write(`rate limits: no Redis at ${REDIS_URL}, the shared-counter test did not run\n`);
      return;
    }
    const statuses = [];
    for (const t of [first, second, first, second, first]) statuses.push((await demoLogin(t.baseUrl)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
    expect(await redis.exists('tongxin:rl:logins:ip:127.0.0.1:block')).toBe(1);
  });
});
