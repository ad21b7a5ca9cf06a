import '../../components/points.scss';
import '@/styles/form.scss';

import { useDidShow } from '@tarojs/taro';

import { InfiniteList } from '@/components/InfiniteList';
import { PageShell } from '@/components/PageShell';
import { useMyRedemptionsQuery } from '@/hooks/use-mall-query';

import { RedemptionCard } from '../../components/redemption-card';

export default function MyRedemptionsPage() {
  const query = useMyRedemptionsQuery();
  // Staff hand items over on their phones: show the new status when the member comes back.
  useDidShow(() => {
    if (!query.isFetching) query.refetch();
  });
  return (
    <PageShell className='my-redemptions-page'>
      <InfiniteList
        className='redemption-list'
        query={query}
        emptyText='还没有兑换记录，去积分超市看看吧'
        renderItem={(redemption) => <RedemptionCard key={redemption.id} redemption={redemption} />}
      />
    </PageShell>
  );
}
