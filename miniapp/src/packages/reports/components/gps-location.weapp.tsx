import { Button } from '@nutui/nutui-react-taro';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';

import type { GpsLocationProps } from './location-types';

/** The mini-program opens on the GPS buttons; the building list is one tap further. */
export const BUILDING_PICKER_FIRST = false;

const DENIED = '没有获得定位权限，请在设置中允许，或选择楼栋';

/** Mini-program: 当前位置 (getLocation, gcj02) or 地图选点 (chooseLocation). */
export function GpsLocation({ onLocate, onError }: GpsLocationProps) {
  async function here(): Promise<void> {
    try {
      const { longitude, latitude } = await Taro.getLocation({ type: 'gcj02' });
      onLocate({ kind: 'point', lng: longitude, lat: latitude, label: '我的当前位置' });
    } catch {
      onError(DENIED);
    }
  }
  async function onMap(): Promise<void> {
    try {
      const picked = await Taro.chooseLocation({});
      onLocate({ kind: 'point', lng: picked.longitude, lat: picked.latitude, label: picked.name || picked.address });
    } catch {
      // Closed without choosing.
    }
  }
  return (
    <View className='gps-location'>
      <Button className='gps-location__here big-action' type='primary' onClick={here}>
        使用当前位置
      </Button>
      <Button className='gps-location__map big-action' onClick={onMap}>
        地图选点
      </Button>
    </View>
  );
}
