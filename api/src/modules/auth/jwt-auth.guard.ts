import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { ErrorCode } from '@tongxin/types';

import { DomainException } from '../../infra/http/domain.exception';
import { type CallerRequest, PUBLIC_KEY } from '../access/authorize.decorator';

/** Every route needs a valid access token unless it is @Public. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
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
    try {
      const payload = await this.jwt.verifyAsync<{ sub: string; typ: string }>(token, { algorithms: ['HS256'] });
      if (payload.typ !== 'access' || typeof payload.sub !== 'string') throw new Error('not an access token');
      request.caller = { userId: payload.sub };
      return true;
    } catch (error) {
      if (isPublic) return true;
      const expired = (error as { name?: string }).name === 'TokenExpiredError';
      throw new DomainException(
        expired ? ErrorCode.TokenExpired : ErrorCode.TokenInvalid,
        expired ? '登录已过期，请刷新' : '登录凭证无效',
      );
    }
  }
}
