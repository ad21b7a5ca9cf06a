import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '@tongxin/types';

import { DomainException } from '../../infra/http/domain.exception';
import { AccessRepository } from './access.repository';
import { AccessService, forbidden } from './access.service';
import { AUTHORIZE_KEY, type AuthorizeMetadata, type CallerRequest } from './authorize.decorator';

/** Enforces @Authorize: loads the caller's grants and checks the permission on the record's place. */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccessService,
    private readonly repository: AccessRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const meta = this.reflector.getAllAndOverride<AuthorizeMetadata | undefined>(AUTHORIZE_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!meta) return true;
    const request = context.switchToHttp().getRequest<CallerRequest>();
    if (!request.caller) throw new DomainException(ErrorCode.Unauthenticated, '请先登录');
    const grants = await this.access.grantsOf(request.caller.userId);
    request.caller.grants = grants;
    if (!meta.place) {
      if (this.access.scopes(grants, meta.permission).length === 0) throw forbidden();
      return true;
    }
    const { record, param, body, query } = meta.place;
    const source = param
      ? request.params
      : body
        ? (request.body as Record<string, unknown> | undefined)
        : request.query;
    const id = source?.[(param ?? body ?? query) as string];
    if (typeof id !== 'string' || id.length === 0 || id.length > 36) {
      throw new DomainException(ErrorCode.ValidationFailed, '请求参数不正确', [
        { field: param ?? body ?? query, problems: ['必须提供记录编号'] },
      ]);
    }
    const path = await this.repository.findRecordPlacePath(record, id);
    if (path === null) {
      throw record === 'place' || record === 'placeParent'
        ? new DomainException(ErrorCode.PlaceNotFound, '地点不存在')
        : new DomainException(ErrorCode.NotFound, '记录不存在');
    }
    this.access.assertAllowed(grants, meta.permission, path);
    return true;
  }
}
