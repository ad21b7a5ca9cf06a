import { Button } from '@nutui/nutui-react-taro';
import { Image, Text, View } from '@tarojs/components';
import type { MallItemView } from '@tongxin/types';

/** One item of the points mall with its price, stock and a big 兑换 button. */
export function MallItemCard({ item, onRedeem }: { item: MallItemView; onRedeem: () => void }) {
  const soldOut = item.stock <= 0;
  return (
    <View className='mall-item'>
      {item.pictureUrl ? <Image className='mall-item__picture' src={item.pictureUrl} mode='aspectFill' /> : null}
      <View className='mall-item__body'>
        <Text className='mall-item__name'>{item.name}</Text>
        <Text className='mall-item__price'>{item.pointsPrice} 积分</Text>
        <Text className='mall-item__meta'>
          库存 {item.stock} · 每人限兑 {item.perMemberLimit} 件
        </Text>
        <Text className='mall-item__meta'>领取：{item.pickupPlace}</Text>
        {item.businessName ? <Text className='mall-item__meta'>提供：{item.businessName}</Text> : null}
      </View>
      <Button className='mall-item__redeem' type='primary' disabled={soldOut} onClick={onRedeem}>
        {soldOut ? '已兑完' : '兑换'}
      </Button>
    </View>
  );
}
