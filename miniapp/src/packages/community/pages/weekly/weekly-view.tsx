import { Text, View } from '@tarojs/components';
import type { GridWeekly } from '@tongxin/types';

import { ageText, hoursText, weeklyTiles } from '../../card/weekly-card-layout';
import { WeeklyShareCard } from '../../components/share-card';

/** One week of a grid as the page shows it, with 生成分享图 under it. */
export function WeeklyView({ weekly }: { weekly: GridWeekly }) {
  return (
    <>
      <View className='weekly-tiles'>
        {weeklyTiles(weekly).map((tile) => (
          <View key={tile.label} className='weekly-tile'>
            <Text className='weekly-tile__value'>{tile.value}</Text>
            <Text className='weekly-tile__label'>{tile.label}</Text>
          </View>
        ))}
      </View>
      <View className='results-card weekly-open'>
        <Text className='results-card__title'>等待最久的事项</Text>
        {weekly.oldestOpen.length === 0 ? <Text className='form-hint'>本周没有待处理的事项</Text> : null}
        {weekly.oldestOpen.map((item, i) => (
          <View key={`${item.categoryName}-${i}`} className='weekly-row'>
            <Text className='weekly-row__name'>{item.categoryName}</Text>
            <Text className='weekly-row__age'>{ageText(item.ageDays)}</Text>
          </View>
        ))}
      </View>
      <View className='results-card weekly-volunteer'>
        <Text className='results-card__title'>志愿服务</Text>
        <Text className='weekly-volunteer__text'>
          {weekly.community.name}志愿者本周服务 {hoursText(weekly.volunteerHours)} 小时
        </Text>
      </View>
      <View className='results-card weekly-mall'>
        <Text className='results-card__title'>积分超市上新</Text>
        {weekly.newMallItems.length === 0 ? <Text className='form-hint'>本周暂无上新</Text> : null}
        {weekly.newMallItems.map((item, i) => (
          <View key={`${item.name}-${i}`} className='weekly-row'>
            <Text className='weekly-row__name'>{item.name}</Text>
            <Text className='weekly-row__price'>{item.pointsPrice} 积分</Text>
          </View>
        ))}
      </View>
      <WeeklyShareCard key={`${weekly.grid.id}:${weekly.week.from}`} weekly={weekly} />
    </>
  );
}
