import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode, ON_BEHALF_HEADER } from '@tongxin/types';

import { DomainException } from '../../infra/http/domain.exception';
import { type CallerRequest, ON_BEHALF_KEY } from '../access/authorize.decorator';
import { FamilyRepository } from './family.repository';

const refused = (message: string) => new DomainException(ErrorCode.ProxyNotAllowed, message);

/**
 * 亲情代办: with the `x-on-behalf-of` header, a family member with an active link calls a route marked `@OnBehalf` as
 * the parent (the permission guard then checks the parent's grants). Any other route, or no active link: refused.
 */
@Injectable()
export class ProxyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly links: FamilyRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<CallerRequest>();
    const header = request.headers[ON_BEHALF_HEADER];
    if (header === undefined) return true;
    const parentId = Array.isArray(header) ? header[0] : header;
    const what = this.reflector.getAllAndOverride<string | undefined>(ON_BEHALF_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!request.caller) throw refused('请先登录');
    if (!what) throw refused('该操作不能代办');
    if (
      !parentId ||
      parentId === request.caller.userId ||
      !(await this.links.isActive(parentId, request.caller.userId))
    ) {
      throw refused('您还不能为这位家人代办');
    }
    request.caller = { userId: parentId, proxyBy: request.caller.userId };
    return true;
  }
}
