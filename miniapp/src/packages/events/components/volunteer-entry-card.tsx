import { Text, View } from '@tarojs/components';
import type { VolunteerHoursEntry } from '@tongxin/types';

import { formatEventTime, formatTime } from '@/utils/format-date';

/** One volunteer event of the member's record: when and where, the door times, the hours and points counted. */
export function VolunteerEntryCard({ entry }: { entry: VolunteerHoursEntry }) {
  const door = [
    entry.checkedInAt ? `${formatTime(entry.checkedInAt)} 签到` : null,
    entry.checkedOutAt ? `${formatTime(entry.checkedOutAt)} 签退` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <View className='volunteer-entry'>
      <View className='volunteer-entry__head'>
        <Text className='volunteer-entry__title'>{entry.eventTitle}</Text>
        <Text className='volunteer-entry__hours'>{entry.hours.toFixed(1)} 小时</Text>
      </View>
      <Text className='volunteer-entry__meta'>{formatEventTime(entry.startsAt, entry.endsAt)}</Text>
      <Text className='volunteer-entry__meta'>
        {entry.placeName} · {entry.venue}
      </Text>
      {door ? <Text className='volunteer-entry__meta volunteer-entry__door'>{door}</Text> : null}
      {entry.points > 0 ? <Text className='volunteer-entry__points'>+{entry.points} 积分</Text> : null}
      {entry.adjusted && entry.adjustmentReason ? (
        <Text className='volunteer-entry__adjusted'>组织者调整了时长：{entry.adjustmentReason}</Text>
      ) : null}
    </View>
  );
}
