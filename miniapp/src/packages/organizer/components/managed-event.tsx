import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { EVENT_STATUS_LABEL, type ManagedEventSummary } from '@tongxin/types';

import { PagePath } from '@/routes';
import { formatEventTime } from '@/utils/format-date';

/** A published event whose end has passed: still "published", but no longer open to anyone. */
export function hasEnded(event: ManagedEventSummary, now = Date.now()): boolean {
  return event.status === 'published' && Date.parse(event.endsAt) < now;
}

/** One row of 我管理的活动: status, time, venue and sign-ups; a tap opens the manage page. */
export function ManagedEvent({ event }: { event: ManagedEventSummary }) {
  return (
    <View
      className='organizer-card managed-event'
      onClick={() => Taro.navigateTo({ url: PagePath.OrganizerManage(event.id) })}
    >
      <View className='managed-event__tags'>
        <Text className={`managed-event__tag managed-event__status managed-event__status--${event.status}`}>
          {EVENT_STATUS_LABEL[event.status]}
        </Text>
        {hasEnded(event) ? <Text className='managed-event__tag managed-event__tag--ended'>已结束</Text> : null}
        {event.seriesIndex ? (
          <Text className='managed-event__tag managed-event__series'>{`系列 第 ${event.seriesIndex} 场`}</Text>
        ) : null}
      </View>
      <Text className='organizer-card__title managed-event__title'>{event.title}</Text>
      <Text className='organizer-card__meta'>{formatEventTime(event.startsAt, event.endsAt)}</Text>
      <Text className='organizer-card__meta'>{event.venue}</Text>
      <Text className='organizer-card__meta managed-event__counts'>
        已报名 {event.confirmedCount}/{event.capacity}
      </Text>
    </View>
  );
}
