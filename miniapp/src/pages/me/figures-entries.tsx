import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';

import { MenuRow } from '@/components/MenuRow';
import { PagePath } from '@/routes';

function open(url: string): void {
  Taro.navigateTo({ url });
}

/** Staff and grid workers: the figures of the places they look after, and the grids' scorecards. */
export function FiguresEntries() {
  return (
    <View className='settings-card figures-entries'>
      <MenuRow
        className='menu-staff-figures'
        label='数据看板'
        hint='活动、诉求办理、积分与成员数据，导出述职材料'
        onClick={() => open(PagePath.StaffFigures)}
      />
      <MenuRow
        className='menu-staff-scorecards'
        label='网格考评'
        hint='网格专项考评：得分、排名与权重'
        onClick={() => open(PagePath.StaffScorecards())}
      />
    </View>
  );
}
