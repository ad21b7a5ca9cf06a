import '@/styles/form.scss';
import '../../components/organizer.scss';
import '../../components/series.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { EventSeriesView, SeriesSessionSummary } from '@tongxin/types';
import { useState } from 'react';

import { InfiniteList } from '@/components/InfiniteList';
import { ListState } from '@/components/ListState';
import { PageShell } from '@/components/PageShell';
import { usePublishSeriesMutation, useSeriesQuery, useSeriesSessionsQuery } from '@/hooks/use-organizer-query';
import { errorMessage } from '@/services/api-error';
import { formatDate, formatWeekdays } from '@/utils/format-date';

import { SeriesSession } from '../../components/series-session';

function SeriesHeader({ series }: { series: EventSeriesView }) {
  const publish = usePublishSeriesMutation(series.id);
  const [error, setError] = useState<string | null>(null);
  return (
    <View className='organizer-card series-header'>
      <Text className='status-chip'>系列活动</Text>
      <Text className='organizer-card__title series-header__title'>{series.title}</Text>
      <Text className='organizer-card__meta series-header__rule'>
        {`每${formatWeekdays(series.weekdays)} ${series.startTime} · ${series.durationMinutes} 分钟 · 共 ${series.sessionCount} 场`}
      </Text>
      <Text className='organizer-card__meta'>
        {`${formatDate(series.firstStartsAt)} 至 ${formatDate(series.lastStartsAt)} · ${series.placeName}`}
      </Text>
      <Text className='organizer-card__meta series-header__counts'>
        {`已发布 ${series.published} 场 · 草稿 ${series.drafts} 场 · 已取消 ${series.cancelled} 场`}
      </Text>
      {series.drafts > 0 ? (
        <Button
          className='form-submit series-header__publish'
          type='primary'
          block
          loading={publish.isPending}
          onClick={() => publish.mutate(undefined, { onError: (failure) => setError(errorMessage(failure)) })}
        >
          {`发布全部 ${series.drafts} 场`}
        </Button>
      ) : null}
      {error ? <Text className='form-error'>{error}</Text> : null}
    </View>
  );
}

function SeriesContent({ id }: { id: string }) {
  const series = useSeriesQuery(id);
  const sessions = useSeriesSessionsQuery(id);
  if (series.isPending) return <ListState variant='loading' />;
  if (series.isError)
    return <ListState variant='error' detail={errorMessage(series.error)} onRetry={() => series.refetch()} />;
  return (
    <>
      <SeriesHeader series={series.data} />
      <Text className='page-shell__title'>全部场次</Text>
      <InfiniteList<SeriesSessionSummary>
        className='series-sessions'
        query={sessions}
        emptyText='这个系列还没有场次'
        renderItem={(session) => <SeriesSession key={session.id} session={session} />}
      />
    </>
  );
}

/** A weekly series: its rule, its sessions with their status, and publishing the drafts at once. */
export default function OrganizerSeriesPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  return (
    <PageShell className='organizer-series-page'>
      {id ? <SeriesContent id={id} /> : <ListState variant='error' text='系列活动不存在' />}
    </PageShell>
  );
}
