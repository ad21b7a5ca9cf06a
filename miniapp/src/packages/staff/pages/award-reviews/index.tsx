import '../../components/staff-points.scss';
import './award-reviews.scss';

import { Text } from '@tarojs/components';
import type { PendingAwardView } from '@tongxin/types';

import { StaffPage } from '@/components/StaffPage';
import {
  useApprovePendingAwardMutation,
  usePendingAwardsQuery,
  useRejectPendingAwardMutation,
} from '@/hooks/use-points-query';
import { formatDateTime } from '@/utils/format-date';

import { ReviewLine } from '../../components/review-card';
import { ReviewQueue } from '../../components/review-queue';

function PendingAwardBody({ item }: { item: PendingAwardView }) {
  return (
    <>
      <ReviewLine label='奖励积分' value={`${item.amount} 积分`} />
      <ReviewLine label='奖励原因' value={item.reason} />
      <ReviewLine label='提交人' value={item.proposedByName} />
      <ReviewLine label='提交时间' value={formatDateTime(item.createdAt)} />
    </>
  );
}

/** Why the caller may not decide an award: they proposed it, or it is for them. */
function lockedOf(item: PendingAwardView): string | null {
  return item.canDecide ? null : '这是您提交的或给您本人的奖励，需由另一位工作人员审核';
}

/** 积分审核: large awards in the caller's places wait here for a second staff member (two-person rule). */
export default function StaffAwardReviewsPage() {
  const query = usePendingAwardsQuery();
  const approve = useApprovePendingAwardMutation();
  const reject = useRejectPendingAwardMutation();
  return (
    <StaffPage className='staff-award-reviews-page review-page'>
      <Text className='page-shell__title'>待审核的大额奖励</Text>
      <Text className='form-hint staff-award-reviews__note'>
        大额积分奖励须由另一位工作人员审核后才发放；提交人不能审核自己提交的奖励，也不能审核给自己的奖励。
      </Text>
      <ReviewQueue
        query={query}
        emptyText='没有待审核的奖励'
        titleOf={(item) => `${item.memberName} · ${item.amount} 积分`}
        renderBody={(item) => <PendingAwardBody item={item} />}
        approve={(id) => approve.mutateAsync(id)}
        reject={(id, reason) => reject.mutateAsync({ id, reason })}
        lockedOf={lockedOf}
      />
    </StaffPage>
  );
}
