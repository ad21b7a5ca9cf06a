import '../../components/orders.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { FollowUpView } from '@tongxin/types';

import { InfiniteList } from '@/components/InfiniteList';
import { PageShell } from '@/components/PageShell';
import { useFollowUpDoneMutation, useFollowUpsQuery } from '@/hooks/use-orders-query';
import { PagePath } from '@/routes';
import { errorMessage } from '@/services/api-error';
import { formatDateTime } from '@/utils/format-date';

function FollowUpCard({ item }: { item: FollowUpView }) {
  const done = useFollowUpDoneMutation();
  return (
    <View className={`follow-up-card follow-up-card--${item.status}`}>
      <Text className='follow-up-card__rating'>
        {'★'.repeat(item.rating)}
        {'☆'.repeat(5 - item.rating)}
      </Text>
      <Text className='follow-up-card__text'>{item.comment ?? '（居民没有留言）'}</Text>
      <Text className='follow-up-card__meta'>{formatDateTime(item.createdAt)}</Text>
      {done.isError ? <Text className='form-error'>{errorMessage(done.error)}</Text> : null}
      <View className='follow-up-card__actions'>
        <Button className='big-action' onClick={() => Taro.navigateTo({ url: PagePath.OrderDetail(item.reportId) })}>
          查看工单
        </Button>
        {item.status === 'open' ? (
          <Button
            className='big-action follow-up-card__done'
            type='primary'
            loading={done.isPending}
            onClick={() =>
              done.mutate(item.id, { onSuccess: () => Taro.showToast({ title: '已处理', icon: 'success' }) })
            }
          >
            已处理
          </Button>
        ) : (
          <Text className='follow-up-card__meta'>已处理</Text>
        )}
      </View>
    </View>
  );
}

export default function FollowUpsPage() {
  const query = useFollowUpsQuery();
  return (
    <PageShell className='follow-ups-page'>
      <Text className='form-hint'>居民给了差评的工单，回访后点“已处理”</Text>
      <InfiniteList<FollowUpView>
        query={query}
        emptyText='没有待回访的差评'
        renderItem={(item) => <FollowUpCard key={item.id} item={item} />}
      />
    </PageShell>
  );
}
