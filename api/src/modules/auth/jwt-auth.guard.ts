import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ErrorCode } from '@tongxin/types';

import { DomainException } from '../../infra/http/domain.exception';
import { type CallerRequest, PUBLIC_KEY } from '../access/authorize.decorator';
import { SessionsCache } from './sessions.cache';

interface AccessClaims {
  sub?: unknown;
  typ?: unknown;
  sv?: unknown;
  exp?: unknown;
}

/** Every route needs a valid access token unless it is @Public. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly sessions: SessionsCache,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<CallerRequest>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    const header = request.headers.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : null;
    if (!token) {
      if (isPublic) return true;
      throw new DomainException(ErrorCode.Unauthenticated, '请先登录');
    }
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token, { algorithms: ['HS256'] });
      // A token that never expires is not one we issued: refuse it rather than honour it forever.
      if (claims.typ !== 'access' || typeof claims.sub !== 'string' || typeof claims.exp !== 'number') {
        throw new Error('not an access token');
      }
      if (typeof claims.sv !== 'number') throw new Error('no session version');
    } catch (error) {
      if (isPublic) return true;
      const expired = (error as { name?: string }).name === 'TokenExpiredError';
      throw new DomainException(
        expired ? ErrorCode.TokenExpired : ErrorCode.TokenInvalid,
        expired ? '登录已过期，请刷新' : '登录凭证无效',
      );
    }
    // Logout and account deletion move the session version: older tokens end on the next request.
    if (!(await this.sessions.isCurrent(claims.sub as string, claims.sv as number))) {
      if (isPublic) return true;
      throw new DomainException(ErrorCode.TokenInvalid, '登录已失效，请重新登录');
    }
    request.caller = { userId: claims.sub as string };
    return true;
  }
}
