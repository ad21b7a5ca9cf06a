import { Text, View } from '@tarojs/components';
import type { MyMonth } from '@tongxin/types';

/** The share as a whole percentage, or a dash when nothing counts yet. */
export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** 我的本月 at the top of 我的工单: orders finished, on-time share, average rating, points earned. */
export function MyMonthCard({ month }: { month: MyMonth }) {
  const [year, m] = month.month.split('-');
  const figures: [string, string, string][] = [
    ['finished', String(month.ordersFinished), '完成工单'],
    ['on-time', percent(month.onTimeShare), '按时完成'],
    ['rating', month.averageRating === null ? '—' : month.averageRating.toFixed(1), `平均评分（${month.ratings} 条）`],
    ['points', `+${month.pointsEarned}`, '获得积分'],
  ];
  return (
    <View className='my-month'>
      <Text className='my-month__title'>
        我的本月 · {year}年{Number(m)}月
      </Text>
      <View className='my-month__figures'>
        {figures.map(([key, value, label]) => (
          <View key={key} className={`my-month__figure my-month__figure--${key}`}>
            <Text className='my-month__value'>{value}</Text>
            <Text className='my-month__label'>{label}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
