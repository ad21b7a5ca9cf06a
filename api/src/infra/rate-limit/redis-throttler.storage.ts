import { Logger, type OnModuleDestroy } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import Redis from 'ioredis';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * One round trip per request: count the hit in a fixed window and, once over the limit, hold a block for
 * `blockDuration`. KEYS: hits, block. ARGV: window ms, limit, block ms. Returns hits, window ms left, block ms left.
 */
const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local windowLeft = redis.call('PTTL', KEYS[1])
local blockLeft = redis.call('PTTL', KEYS[2])
if blockLeft <= 0 and hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  blockLeft = tonumber(ARGV[3])
end
return { hits, windowLeft, blockLeft }
`;

/**
 * Rate-limit counters in Redis, shared by every API process (compose runs Redis). `@nest-lab/throttler-storage-redis`
 * would be the usual choice, but its 1.2 release declares Nest ≤ 11 as peers and npm refuses it beside Nest 12.
 * When Redis cannot be reached the request goes through uncounted (logged): a limit must not take the API down.
 */
export class RedisThrottlerStorage implements ThrottlerStorage, OnModuleDestroy {
  private readonly logger = new Logger('RateLimit');
  private readonly redis: Redis;
  private warnedAt = 0;

  constructor(url: string) {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false });
    this.redis.on('error', (error: Error) => this.warn(error));
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    try {
      const [hits, windowLeft, blockLeft] = (await this.redis.eval(
        INCREMENT,
        2,
        `tongxin:rl:${key}`,
        `tongxin:rl:${key}:block`,
        String(ttl),
        String(limit),
        String(blockDuration > 0 ? blockDuration : ttl),
      )) as [number, number, number];
      const blocked = blockLeft > 0;
      return {
        totalHits: hits,
        timeToExpire: Math.max(0, Math.ceil(windowLeft / 1000)),
        isBlocked: blocked,
        timeToBlockExpire: blocked ? Math.ceil(blockLeft / 1000) : 0,
      };
    } catch (error) {
      this.warn(error as Error);
      return { totalHits: 0, timeToExpire: Math.ceil(ttl / 1000), isBlocked: false, timeToBlockExpire: 0 };
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private warn(error: Error): void {
    if (Date.now() - this.warnedAt < 60_000) return;
    this.warnedAt = Date.now();
    this.logger.warn(`Redis unavailable, rate limits not counted: ${error.message}`);
  }
}
