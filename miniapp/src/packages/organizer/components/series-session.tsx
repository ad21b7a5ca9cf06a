import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { EVENT_STATUS_LABEL, type SeriesSessionSummary } from '@tongxin/types';

import { PagePath } from '@/routes';
import { formatEventTime } from '@/utils/format-date';

import { hasEnded } from './managed-event';

/** One session in a series' list: 第 n 场, its status, time, venue and sign-ups; a tap opens its manage page. */
export function SeriesSession({ session }: { session: SeriesSessionSummary }) {
  return (
    <View
      className='organizer-card series-session'
      onClick={() => Taro.navigateTo({ url: PagePath.OrganizerManage(session.id) })}
    >
      <View className='managed-event__tags'>
        <Text className='series-session__index'>{`第 ${session.seriesIndex} 场`}</Text>
        <Text className={`managed-event__tag managed-event__status managed-event__status--${session.status}`}>
          {EVENT_STATUS_LABEL[session.status]}
        </Text>
        {hasEnded(session) ? <Text className='managed-event__tag managed-event__tag--ended'>已结束</Text> : null}
      </View>
      <Text className='organizer-card__meta series-session__time'>
        {formatEventTime(session.startsAt, session.endsAt)}
      </Text>
      <Text className='organizer-card__meta'>{session.venue}</Text>
      <Text className='organizer-card__meta series-session__counts'>
        已报名 {session.confirmedCount}/{session.capacity}
        {session.waitingCount > 0 ? ` · 候补 ${session.waitingCount}` : ''}
      </Text>
    </View>
  );
}
