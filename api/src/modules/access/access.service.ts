import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@tongxin/types';

import { DomainException } from '../../infra/http/domain.exception';
import { AccessRepository, type ActiveGrant } from './access.repository';
import { GrantsCache } from './grants-cache';
import { type Permission, ROLE_PERMISSIONS } from './permissions';

/** Who may do what, where. Every module asks here; list queries use `scopes` in their repositories. */
@Injectable()
export class AccessService {
  constructor(
    private readonly repository: AccessRepository,
    private readonly cache: GrantsCache,
  ) {}

  /** The caller's active grants, from a short-lived cache that every grant or place change empties. */
  grantsOf(userId: string): Promise<ActiveGrant[]> {
    return this.cache.get(userId, () => this.repository.findActiveGrants(userId));
  }

  /** Paths of the places where `grants` hold `permission`, without paths already covered by another. */
  scopes(grants: ActiveGrant[], permission: Permission): string[] {
    const paths = grants.filter((g) => ROLE_PERMISSIONS[g.role].includes(permission)).map((g) => g.placePath);
    return [...new Set(paths)].filter((p) => !paths.some((other) => other !== p && p.startsWith(other)));
  }

  /**
   * The same places as `scopes`, as grid ids when every one of them is a grid (a grid member's usual grants):
   * lists keyed by grid then filter on an indexed id instead of matching paths.
   */
  gridScope(grants: ActiveGrant[], permission: Permission): { gridIds: string[] } | { scopes: string[] } {
    const scopes = this.scopes(grants, permission);
    const grids = grants.filter((g) => g.placeLevel === 'grid' && scopes.includes(g.placePath));
    if (scopes.length > 0 && scopes.every((path) => grids.some((g) => g.placePath === path))) {
      return { gridIds: [...new Set(grids.map((g) => g.placeId))] };
    }
    return { scopes };
  }

  /**
   * The places whose members the caller is, whatever the role (a verified home is a resident grant on its
   * building): a role at a building or grid makes one a member of its community, a wider role of the whole place.
   * Residents' reads (the duplicate hint, me-too, a report, the mall) are scoped with these.
   */
  memberScopes(grants: ActiveGrant[]): string[] {
    const paths = grants.map((g) => {
      const [street, community] = g.placePath.split('/');
      return community ? `${street}/${community}/` : g.placePath;
    });
    return [...new Set(paths)].filter((p) => !paths.some((other) => other !== p && p.startsWith(other)));
  }

  /** Whether the caller is a member of the place at `placePath` (see `memberScopes`). */
  belongsTo(grants: ActiveGrant[], placePath: string): boolean {
    return this.memberScopes(grants).some((scope) => placePath.startsWith(scope));
  }

  allows(grants: ActiveGrant[], permission: Permission, placePath: string): boolean {
    return this.scopes(grants, permission).some((scope) => placePath.startsWith(scope));
  }

  assertAllowed(grants: ActiveGrant[], permission: Permission, placePath: string): void {
    if (!this.allows(grants, permission, placePath)) throw forbidden();
  }
}

export const forbidden = () => new DomainException(ErrorCode.Forbidden, '没有权限执行此操作');
