import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';

import { MenuRow } from '@/components/MenuRow';
import { PagePath } from '@/routes';
import type { ActingFor } from '@/stores/acting-for';

/** While acting for a parent: the screens that act for them, one tap each. */
export function ActingHub({ acting }: { acting: ActingFor }) {
  const name = acting.parentName;
  return (
    <View className='settings-card acting-hub'>
      <MenuRow
        className='menu-acting-need'
        label={`帮${name}提需求`}
        hint='帮办代办：跑腿、维修、助老'
        onClick={() => Taro.navigateTo({ url: PagePath.NewReport('need') })}
      />
      <MenuRow
        className='menu-acting-reports'
        label={`${name}的上报`}
        hint='看进度，办完后替TA确认'
        onClick={() => Taro.switchTab({ url: PagePath.Tasks })}
      />
      <MenuRow
        className='menu-acting-notices'
        label={`${name}的消息`}
        onClick={() => Taro.navigateTo({ url: PagePath.Notifications })}
      />
      <MenuRow
        className='menu-acting-events'
        label={`帮${name}报名活动`}
        hint='在活动页选好活动后报名'
        onClick={() => Taro.switchTab({ url: PagePath.Events })}
      />
    </View>
  );
}
