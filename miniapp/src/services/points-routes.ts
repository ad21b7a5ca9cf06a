/**
 * Paths of the points, mall and honours endpoints under the API prefix. They belong in
 * @tongxin/types' ApiRoute; kept here until they are added there.
 */
export const PointsRoute = {
  MyBalance: 'points/me',
  MyEntries: 'points/me/entries',
  Rules: (communityId: string) => `points/rules/${encodeURIComponent(communityId)}`,
  Leaderboard: 'points/leaderboard',
  Awards: 'points/awards',
  MallItems: 'mall/items',
  MallItemsManage: 'mall/items/manage',
  MallItem: (id: string) => `mall/items/${encodeURIComponent(id)}`,
  MallItemRedeem: (id: string) => `mall/items/${encodeURIComponent(id)}/redeem`,
  Redemptions: 'mall/redemptions',
  MyRedemptions: 'mall/redemptions/mine',
  RedemptionCancel: (id: string) => `mall/redemptions/${encodeURIComponent(id)}/cancel`,
  RedemptionCollect: 'mall/redemptions/collect',
  Honours: 'honours',
  HonourApprove: (id: string) => `honours/${encodeURIComponent(id)}/approve`,
  HonourReject: (id: string) => `honours/${encodeURIComponent(id)}/reject`,
} as const;

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
