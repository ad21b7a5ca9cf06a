import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ResultsBoard, ResultsMonth } from '@tongxin/types';
import { useState } from 'react';

import { ListState } from '@/components/ListState';
import { MenuRow } from '@/components/MenuRow';
import { useRefreshOnPull } from '@/hooks/use-refresh-on-pull';
import { useResultsBoardQuery } from '@/hooks/use-results-query';
import { PagePath } from '@/routes';
import { errorMessage } from '@/services/api-error';
import { chinaDay, formatDate } from '@/utils/format-date';

import { hoursText } from '../../card/weekly-card-layout';
import { monthBars } from '../../dates';

/** Six bars of 办实事 (problems fixed and needs served), oldest on the left; a tap shows that month's figures. */
function MonthBars({ months }: { months: ResultsMonth[] }) {
  const [selected, setSelected] = useState<string | null>(null);
  const bars = monthBars(months, chinaDay());
  const shown = months.find((m) => m.month === selected) ?? months[0];
  return (
    <View className='results-card results-months'>
      <Text className='results-card__title'>近六个月办实事</Text>
      <View className='month-bars'>
        {bars.map((bar) => (
          <View
            key={bar.month}
            className={`month-bar${bar.month === shown?.month ? ' month-bar--selected' : ''}`}
            onClick={() => setSelected(bar.month)}
          >
            <Text className='month-bar__value'>{bar.done}</Text>
            <View className='month-bar__track'>
              <View className='month-bar__fill' style={{ height: `${bar.percent}%` }} />
            </View>
            <Text className='month-bar__label'>{bar.label}</Text>
            <Text className='month-bar__year'>{bar.year ?? ' '}</Text>
          </View>
        ))}
      </View>
      {shown ? (
        <View className='month-figures'>
          <Text className='month-figures__title'>{Number(shown.month.slice(5))}月</Text>
          <Text className='month-figures__item'>解决问题 {shown.problemsFixed} 件</Text>
          <Text className='month-figures__item'>办成实事 {shown.needsServed} 件</Text>
          <Text className='month-figures__item'>举办活动 {shown.eventsHeld} 场</Text>
          <Text className='month-figures__item'>参加活动 {shown.attendance} 人次</Text>
          <Text className='month-figures__item'>志愿服务 {hoursText(shown.volunteerHours)} 小时</Text>
        </View>
      ) : null}
    </View>
  );
}

function RecentEvents({ events }: { events: ResultsBoard['events'] }) {
  return (
    <View className='results-card results-events'>
      <Text className='results-card__title'>最近举办的活动</Text>
      {events.length === 0 ? <ListState variant='empty' text='最近没有举办活动' /> : null}
      {events.map((event) => (
        <View
          key={event.id}
          className='results-event'
          hoverClass='results-event--pressed'
          onClick={() => Taro.navigateTo({ url: PagePath.EventDetail(event.id) })}
        >
          <Text className='results-event__title'>{event.title}</Text>
          <Text className='results-event__meta'>
            {formatDate(event.startsAt)} · {event.attendance} 人次参加
          </Text>
        </View>
      ))}
    </View>
  );
}

interface ResultsBoardViewProps {
  communityId: string;
  /** The grid whose 网格周报 the link opens (the member's own in their own community). */
  gridId: string | null;
}

/** The board's figures: the 网格周报 link, monthly counts and recent events. */
export function ResultsBoardView({ communityId, gridId }: ResultsBoardViewProps) {
  const board = useResultsBoardQuery(communityId);
  useRefreshOnPull(board);
  if (board.isPending) return <ListState variant='loading' />;
  if (board.isError) {
    return <ListState variant='error' detail={errorMessage(board.error)} onRetry={() => board.refetch()} />;
  }
  return (
    <>
      <View className='results-card results-card--link'>
        <MenuRow
          className='results-weekly-link'
          label='本周网格周报'
          hint='解决了什么、还有什么在等，可生成图片发到楼栋群'
          onClick={() => Taro.navigateTo({ url: PagePath.GridWeekly({ communityId, gridId }) })}
        />
      </View>
      <MonthBars months={board.data.months} />
      <RecentEvents events={board.data.events} />
    </>
  );
}
