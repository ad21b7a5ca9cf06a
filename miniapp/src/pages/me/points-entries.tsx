import { View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';

import { MenuRow } from '@/components/MenuRow';
import { usePointsBalanceQuery } from '@/hooks/use-points-query';
import { PagePath } from '@/routes';

function open(url: string): void {
  Taro.navigateTo({ url });
}

/** 我的积分 (with the balance), 积分超市, 排行榜 and 光荣榜. */
export function PointsEntries() {
  const balance = usePointsBalanceQuery();
  // Points change on other pages and other phones (staff awards): look again whenever the tab is shown.
  useDidShow(() => {
    if (!balance.isFetching) balance.refetch();
  });
  const hint = balance.data ? `${balance.data.balance} 积分` : balance.isError ? '点此查看' : '…';
  return (
    <View className='settings-card points-entries'>
      <MenuRow className='menu-points' label='我的积分' hint={hint} onClick={() => open(PagePath.PointsBalance)} />
      <MenuRow className='menu-mall' label='积分超市' hint='用积分兑换好物' onClick={() => open(PagePath.PointsMall)} />
      <MenuRow
        className='menu-redemptions'
        label='我的兑换'
        hint='取货码'
        onClick={() => open(PagePath.MyRedemptions)}
      />
      <MenuRow className='menu-leaderboard' label='排行榜' onClick={() => open(PagePath.Leaderboard)} />
      <MenuRow className='menu-honours' label='石榴籽光荣榜' onClick={() => open(PagePath.Honours)} />
    </View>
  );
}
