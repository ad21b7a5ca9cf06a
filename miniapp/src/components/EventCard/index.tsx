import './event-card.scss';

import { Text, View } from '@tarojs/components';
import { EVENT_TYPE_LABEL, type EventSummary } from '@tongxin/types';

import { formatEventTime } from '@/utils/format-date';

interface EventCardProps {
  event: EventSummary;
  onOpen: (event: EventSummary) => void;
}

export function EventCard({ event, onOpen }: EventCardProps) {
  return (
    <View className='event-card' hoverClass='event-card--pressed' onClick={() => onOpen(event)}>
      <View className='event-card__head'>
        <Text className='event-card__title'>{event.title}</Text>
        <Text className='event-card__tag'>{EVENT_TYPE_LABEL[event.type] ?? '活动'}</Text>
      </View>
      <Text className='event-card__meta event-card__time'>{formatEventTime(event.startsAt, event.endsAt)}</Text>
      <Text className='event-card__meta event-card__venue'>{event.venue}</Text>
      <View className='event-card__foot'>
        <Text className='event-card__place'>{event.placeName}</Text>
        <Text className='event-card__points'>+{event.pointsReward} 积分</Text>
      </View>
    </View>
  );
}
