import { type ExecutionContext, Module, SetMetadata } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerModule, type ThrottlerModuleOptions } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';

import { AppConfig } from '../config/app-config';
import { RedisThrottlerStorage } from './redis-throttler.storage';

const LOGIN_ATTEMPT = 'tongxin:login-attempt';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const MINUTE_MS = 60_000;

/** Marks a route that tries credentials (codes, WeChat codes, refresh tokens): counted per client address. */
export const LoginAttempt = () => SetMetadata(LOGIN_ATTEMPT, true);

function isLoginAttempt(context: ExecutionContext): boolean {
  return Reflect.getMetadata(LOGIN_ATTEMPT, context.getHandler()) === true;
}

/** The member's id once the auth guard has run (it is registered first); the client address otherwise. */
function memberOrAddress(request: FastifyRequest & { caller?: { userId: string } }): string {
  return request.caller ? `member:${request.caller.userId}` : `ip:${request.ip}`;
}

export function rateLimitOptions(config: AppConfig): ThrottlerModuleOptions {
  return {
    errorMessage: '操作太频繁，请稍后再试',
    storage: config.redisUrl ? new RedisThrottlerStorage(config.redisUrl) : undefined,
    // One budget per member (or address) across every route, not one per route.
    generateKey: (_context, tracker, name) => `${name}:${tracker}`,
    throttlers: [
      {
        name: 'writes',
        ttl: MINUTE_MS,
        limit: config.rateLimits.writesPerMinute,
        skipIf: (context) =>
          isLoginAttempt(context) || !WRITE_METHODS.has(context.switchToHttp().getRequest<FastifyRequest>().method),
        getTracker: (request) => memberOrAddress(request as FastifyRequest),
      },
      {
        name: 'logins',
        ttl: MINUTE_MS,
        limit: config.rateLimits.loginsPerMinute,
        skipIf: (context) => !isLoginAttempt(context),
        getTracker: (request) => `ip:${(request as FastifyRequest).ip}`,
      },
    ],
  };
}

/**
 * Rate limits for writes and logins (@nestjs/throttler): counters in Redis when REDIS_URL is set, in memory
 * otherwise. Reads are not limited here. The client address is Fastify's `request.ip`, which believes
 * X-Forwarded-For only from the proxies in TRUST_PROXY.
 */
@Module({
  imports: [ThrottlerModule.forRootAsync({ inject: [AppConfig], useFactory: rateLimitOptions })],
  providers: [ThrottlerGuard],
  exports: [ThrottlerGuard],
})
export class RateLimitModule {}
