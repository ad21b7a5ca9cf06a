import '../../components/orders.scss';

import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';

import { PageShell } from '@/components/PageShell';
import { PagePath } from '@/routes';

import { HallView } from '../../components/hall-view';

export default function OrderHallPage() {
  return (
    <PageShell className='order-hall-page'>
      <View className='orders-links'>
        <Button
          className='big-action order-hall-page__mine'
          onClick={() => Taro.navigateTo({ url: PagePath.MyOrders })}
        >
          我的工单
        </Button>
        <Button
          className='big-action order-hall-page__route'
          onClick={() => Taro.navigateTo({ url: PagePath.MyRoute })}
        >
          我的顺路
        </Button>
      </View>
      <HallView />
    </PageShell>
  );
}
