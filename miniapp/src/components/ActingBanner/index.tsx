import './acting-banner.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';

import { stopActingFor, useActingFor } from '@/stores/acting-for';

interface ActingBannerProps {
  /** After 退出代办, e.g. leave a page that only makes sense for the parent. */
  onExit?: () => void;
}

/**
 * 「正在为 马桂芳 代办」 with 退出代办, on every screen that acts for the parent (亲情代办); nothing when the member acts
 * as themselves. What is sent from these screens is the parent's and is kept in the 代办记录.
 */
export function ActingBanner({ onExit }: ActingBannerProps) {
  const acting = useActingFor();
  if (!acting) return null;
  return (
    <View className='acting-banner'>
      <View className='acting-banner__body'>
        <Text className='acting-banner__text'>{`正在为 ${acting.parentName} 代办`}</Text>
        <Text className='acting-banner__hint'>{`提交的内容记在${acting.parentName}名下，并写入代办记录`}</Text>
      </View>
      <Button
        className='acting-banner__exit'
        fill='outline'
        onClick={() => {
          stopActingFor();
          onExit?.();
        }}
      >
        退出代办
      </Button>
    </View>
  );
}
