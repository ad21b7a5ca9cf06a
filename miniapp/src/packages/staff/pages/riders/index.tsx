import { Text } from '@tarojs/components';
import { RIDER_PLATFORM_LABEL, type RiderApplicationSummary } from '@tongxin/types';

import { StaffPage } from '@/components/StaffPage';
import {
  useApproveRiderApplicationMutation,
  usePendingRiderApplicationsQuery,
  useRejectRiderApplicationMutation,
} from '@/hooks/use-rider-applications-query';
import { formatDateTime } from '@/utils/format-date';

import { ReviewLine } from '../../components/review-card';
import { ReviewQueue } from '../../components/review-queue';

function RiderApplicationBody({ item }: { item: RiderApplicationSummary }) {
  return (
    <>
      <ReviewLine label='手机号' value={item.phone ?? '未绑定'} />
      <ReviewLine label='平台' value={RIDER_PLATFORM_LABEL[item.platform] ?? item.platform} />
      <ReviewLine label='社区' value={item.communityName} />
      <ReviewLine label='网格' value={item.grids.map((grid) => grid.name).join('、')} />
      <ReviewLine label='自述' value={item.statement || '（未填写）'} />
      <ReviewLine label='申请时间' value={formatDateTime(item.createdAt)} />
    </>
  );
}

export default function StaffRidersPage() {
  const query = usePendingRiderApplicationsQuery();
  const approve = useApproveRiderApplicationMutation();
  const reject = useRejectRiderApplicationMutation();
  return (
    <StaffPage className='staff-riders-page'>
      <Text className='page-shell__title'>待审核的骑手申请</Text>
      <ReviewQueue
        query={query}
        emptyText='没有待审核的骑手申请'
        titleOf={(item) => item.nickname}
        renderBody={(item) => <RiderApplicationBody item={item} />}
        approve={(id) => approve.mutateAsync(id)}
        reject={(id, reason) => reject.mutateAsync({ id, reason })}
      />
    </StaffPage>
  );
}
