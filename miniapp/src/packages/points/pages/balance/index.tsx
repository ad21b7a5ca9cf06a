import '../../components/points.scss';
import '@/styles/form.scss';

import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';

import { InfiniteList } from '@/components/InfiniteList';
import { ListState } from '@/components/ListState';
import { MenuRow } from '@/components/MenuRow';
import { PageShell } from '@/components/PageShell';
import { useMyCommunity } from '@/hooks/use-my-community';
import { usePointsBalanceQuery, usePointsEntriesQuery } from '@/hooks/use-points-query';
import { PagePath } from '@/routes';
import { errorMessage } from '@/services/api-error';

import { EntryRow } from '../../components/entry-row';
import { RulesSection } from '../../components/rules-section';

function BalanceCard() {
  const balance = usePointsBalanceQuery();
  if (balance.isPending) return <ListState variant='loading' />;
  if (balance.isError) {
    return <ListState variant='error' detail={errorMessage(balance.error)} onRetry={() => balance.refetch()} />;
  }
  return (
    <View className='balance-card'>
      <Text className='balance-card__label'>当前积分</Text>
      <Text className='balance-card__value'>{balance.data.balance}</Text>
      <Text className='balance-card__month'>本月获得 {balance.data.earnedThisMonth} 积分</Text>
    </View>
  );
}

export default function PointsBalancePage() {
  const entries = usePointsEntriesQuery();
  const community = useMyCommunity();
  const balance = usePointsBalanceQuery();
  // Points move on other pages (redeem, cancel): look again whenever this page is shown.
  useDidShow(() => {
    if (!balance.isFetching) balance.refetch();
    if (!entries.isFetching) entries.refetch();
  });
  return (
    <PageShell className='points-balance-page'>
      <BalanceCard />
      <View className='settings-card points-links'>
        <MenuRow
          label='积分超市'
          hint='用积分兑换生活用品'
          onClick={() => Taro.navigateTo({ url: PagePath.PointsMall })}
        />
        <MenuRow
          label='我的兑换'
          hint='取货码、兑换记录'
          onClick={() => Taro.navigateTo({ url: PagePath.MyRedemptions })}
        />
      </View>
      {community.data ? (
        <RulesSection communityId={community.data.communityId} communityName={community.data.communityName} />
      ) : null}
      <Text className='page-shell__title'>积分明细</Text>
      <InfiniteList
        className='entry-list'
        query={entries}
        emptyText='还没有积分记录，参加活动、随手拍都能赚积分'
        renderItem={(entry) => <EntryRow key={entry.id} entry={entry} />}
      />
    </PageShell>
  );
}
