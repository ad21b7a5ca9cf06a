import { RedemptionStatus } from '@tongxin/types';

import { toRedemptionView } from './mall.mapper';
import type { RedemptionRow } from './mall.repository';

const row: RedemptionRow = {
  id: 'r1',
  itemId: 'i1',
  memberId: 'u1',
  communityId: 'c1',
  points: 5,
  status: RedemptionStatus.AwaitingPickup,
  pickupCode: '20481736',
  expiresAt: new Date('2026-11-29T06:02:00.000Z'),
  collectedAt: null,
  createdAt: new Date('2026-11-22T06:02:00.000Z'),
  itemName: '书签',
  pickupPlace: '党群服务中心',
  memberNickname: '李秀兰',
};

describe('toRedemptionView', () => {
  it('carries the pickup code only where it is asked for', () => {
    expect(toRedemptionView(row, { withPickupCode: true }).pickupCode).toBe('20481736');
    expect(toRedemptionView(row, { withPickupCode: false }).pickupCode).toBeNull();
  });
});
