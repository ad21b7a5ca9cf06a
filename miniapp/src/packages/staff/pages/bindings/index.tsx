import { Text } from '@tarojs/components';
import type { BindingSummary } from '@tongxin/types';

import { StaffPage } from '@/components/StaffPage';
import {
  usePendingBindingsQuery,
  useRejectBindingMutation,
  useVerifyBindingMutation,
} from '@/hooks/use-bindings-query';
import { formatDateTime } from '@/utils/format-date';

import { ReviewLine } from '../../components/review-card';
import { ReviewQueue } from '../../components/review-queue';

function BindingBody({ item }: { item: BindingSummary }) {
  return (
    <>
      <ReviewLine label='手机号' value={item.phone ?? '未绑定'} />
      <ReviewLine label='楼栋' value={item.buildingName} />
      <ReviewLine label='门牌' value={item.household} />
      <ReviewLine label='申请时间' value={formatDateTime(item.createdAt)} />
    </>
  );
}

export default function StaffBindingsPage() {
  const query = usePendingBindingsQuery();
  const verify = useVerifyBindingMutation();
  const reject = useRejectBindingMutation();
  return (
    <StaffPage className='staff-bindings-page'>
      <Text className='page-shell__title'>待审核的住址认证</Text>
      <ReviewQueue
        query={query}
        emptyText='没有待审核的住址认证'
        titleOf={(item) => item.nickname}
        renderBody={(item) => <BindingBody item={item} />}
        approve={(id) => verify.mutateAsync(id)}
        reject={(id, reason) => reject.mutateAsync({ id, reason })}
      />
    </StaffPage>
  );
}
