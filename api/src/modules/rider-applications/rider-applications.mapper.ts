import type { RiderApplicationSummary } from '@tongxin/types';

import { maskPhone } from '../../infra/crypto/pii-cipher';
import type { Place } from '../places/place.entity';
import type { RiderApplicationRow } from './rider-applications.repository';

/**
 * `phone` is the rider's decrypted phone: the rider sees it whole, reviewing staff see it masked. `grids` are the
 * active places among the grids applied for; a grid retired since is listed without a name.
 */
export function toRiderApplicationSummary(
  row: RiderApplicationRow,
  { phone, forOwner, grids }: { phone: string | null; forOwner: boolean; grids: Pick<Place, 'id' | 'name'>[] },
): RiderApplicationSummary {
  return {
    id: row.id,
    userId: row.userId,
    nickname: row.nickname,
    phone: forOwner ? phone : maskPhone(phone),
    platform: row.platform,
    communityId: row.communityId,
    communityName: row.communityName,
    grids: row.gridIds.map((id) => ({ id, name: grids.find((g) => g.id === id)?.name ?? '' })),
    statement: row.statement,
    status: row.status,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
  };
}
