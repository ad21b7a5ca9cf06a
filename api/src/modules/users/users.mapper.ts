import type { MeSummary, RoleGrantSummary } from '@tongxin/types';

import type { ActiveGrant } from '../access/access.repository';
import type { User } from './user.entity';

export function toGrantSummary(grant: ActiveGrant): RoleGrantSummary {
  return {
    id: grant.id,
    role: grant.role,
    placeId: grant.placeId,
    placeName: grant.placeName,
    placeLevel: grant.placeLevel,
    grantedAt: grant.createdAt.toISOString(),
  };
}

/** The member's own view of themselves: their phone unmasked (they are its owner). */
export function toMeSummary(user: User, phone: string | null, grants: ActiveGrant[]): MeSummary {
  return {
    id: user.id,
    nickname: user.nickname,
    avatarUrl: user.avatarUrl,
    phone,
    roles: grants.map(toGrantSummary),
  };
}
