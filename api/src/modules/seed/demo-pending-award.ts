import type { AwardProposal } from '../points/pending-awards.service';
import { demoPlaceId, demoUserId } from './demo-data';

/**
 * One large award waiting for a second staff member, so 积分审核 is not empty: proposed by 高强 (street admin) for
 * 李秀兰, for 刘敏 (兴旺's staff) to approve or reject. Its Idempotency-Key makes seeding it again a no-op.
 */
export function demoPendingAward(): AwardProposal {
  return {
    caller: { userId: demoUserId('street-admin') },
    memberId: demoUserId('resident-2'),
    homeId: demoPlaceId('xingwang/g1/b2'),
    communityId: demoPlaceId('xingwang'),
    amount: 300,
    reason: '连续三个月义务照看楼道独居老人',
    idempotencyKey: 'demo-pending-award-1',
  };
}
