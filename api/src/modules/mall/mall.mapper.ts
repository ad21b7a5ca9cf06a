import type { MallItemView, RedemptionView } from '@tongxin/types';

import type { MallItemRow, RedemptionRow } from './mall.repository';

export function toItemView(row: MallItemRow): MallItemView {
  return {
    id: row.id,
    communityId: row.communityId,
    name: row.name,
    pictureUrl: row.pictureUrl,
    pointsPrice: row.pointsPrice,
    stock: row.stock,
    perMemberLimit: row.perMemberLimit,
    pickupPlace: row.pickupPlace,
    onShelf: row.onShelf,
    businessName: row.businessName,
  };
}

/** The pickup code is the member's to show at pickup: staff lists of a community's redemptions leave it out. */
export function toRedemptionView(row: RedemptionRow, { withPickupCode }: { withPickupCode: boolean }): RedemptionView {
  return {
    id: row.id,
    itemId: row.itemId,
    itemName: row.itemName,
    memberId: row.memberId,
    memberNickname: row.memberNickname,
    points: row.points,
    status: row.status,
    pickupCode: withPickupCode ? row.pickupCode : null,
    pickupPlace: row.pickupPlace,
    expiresAt: row.expiresAt.toISOString(),
    collectedAt: row.collectedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
