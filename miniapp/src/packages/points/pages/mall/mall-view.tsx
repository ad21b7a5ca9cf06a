import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MallItemView, RedemptionView } from '@tongxin/types';
import { useState } from 'react';

import { InfiniteList } from '@/components/InfiniteList';
import { useMallItemsQuery } from '@/hooks/use-mall-query';
import { usePointsBalanceQuery } from '@/hooks/use-points-query';
import { PagePath } from '@/routes';

import { MallItemCard } from '../../components/mall-item-card';
import { PickupCode } from '../../components/pickup-code';
import { RedeemDialog } from '../../components/redeem-dialog';

function RedeemedCard({ redemption, onDone }: { redemption: RedemptionView; onDone: () => void }) {
  return (
    <View className='points-card redeemed-card'>
      <Text className='points-card__title'>兑换成功：{redemption.itemName}</Text>
      <Text className='form-hint'>已扣除 {redemption.points} 积分，请凭取货码到领取地点领取。</Text>
      {redemption.pickupCode ? <PickupCode code={redemption.pickupCode} place={redemption.pickupPlace} /> : null}
      <View className='redeemed-card__actions'>
        <Button className='form-submit' block onClick={onDone}>
          继续逛逛
        </Button>
        <Button
          className='form-submit redeemed-card__mine'
          type='primary'
          block
          onClick={() => Taro.navigateTo({ url: PagePath.MyRedemptions })}
        >
          查看我的兑换
        </Button>
      </View>
    </View>
  );
}

/** The items of one community; a tap on 兑换 asks for confirmation, success shows the pickup code. */
export function MallView({ communityId, communityName }: { communityId: string; communityName: string }) {
  const items = useMallItemsQuery(communityId);
  const balance = usePointsBalanceQuery();
  const [redeeming, setRedeeming] = useState<MallItemView | null>(null);
  const [redeemed, setRedeemed] = useState<RedemptionView | null>(null);

  return (
    <>
      <View className='mall-head'>
        <Text className='mall-head__community'>{communityName}</Text>
        <Text className='mall-head__balance'>我的积分：{balance.data?.balance ?? '—'}</Text>
      </View>
      {redeemed ? <RedeemedCard redemption={redeemed} onDone={() => setRedeemed(null)} /> : null}
      <InfiniteList
        className='mall-list'
        query={items}
        emptyText='积分超市还没有上架商品'
        renderItem={(item) => <MallItemCard key={item.id} item={item} onRedeem={() => setRedeeming(item)} />}
      />
      <RedeemDialog
        item={redeeming}
        balance={balance.data?.balance}
        onRedeemed={(redemption) => {
          setRedeemed(redemption);
          Taro.pageScrollTo({ scrollTop: 0, duration: 200 });
        }}
        onClose={() => setRedeeming(null)}
      />
    </>
  );
}
