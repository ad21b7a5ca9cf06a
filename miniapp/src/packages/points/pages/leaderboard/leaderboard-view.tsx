import { Text, View } from '@tarojs/components';
import type { LeaderboardRow } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { ListState } from '@/components/ListState';
import type { MyCommunity } from '@/hooks/use-my-community';
import { useLeaderboardQuery } from '@/hooks/use-points-query';
import { useRefreshOnPull } from '@/hooks/use-refresh-on-pull';
import { errorMessage } from '@/services/api-error';

type Scope = 'community' | 'grid';
type Period = 'month' | 'all';
const PERIOD_OPTIONS = [
  { value: 'month', label: '本月' },
  { value: 'all', label: '总榜' },
];
const LIMIT = 20;

function Row({ row, mine }: { row: LeaderboardRow; mine?: boolean }) {
  return (
    <View className={`rank-row${mine ? ' rank-row--me' : ''}${row.rank <= 3 ? ` rank-row--top${row.rank}` : ''}`}>
      <Text className='rank-row__rank'>{row.rank}</Text>
      <Text className='rank-row__name'>{row.nickname}</Text>
      <Text className='rank-row__points'>{row.points} 积分</Text>
    </View>
  );
}

/** Top 20 of the community or the member's grid, this month or all time, with the member's own rank. */
export function LeaderboardView({ community }: { community: MyCommunity }) {
  const [scope, setScope] = useState<Scope>('community');
  const [period, setPeriod] = useState<Period>('month');
  const placeId = scope === 'grid' && community.gridId ? community.gridId : community.communityId;
  const board = useLeaderboardQuery({ placeId, period, limit: LIMIT });
  useRefreshOnPull(board);

  const scopeOptions = [{ value: 'community', label: community.communityName }];
  if (community.gridId) scopeOptions.push({ value: 'grid', label: community.gridName ?? '我的网格' });

  return (
    <>
      <ChoiceChips
        className='leaderboard__scope'
        options={scopeOptions}
        selected={[scope]}
        onChange={([value]) => setScope(value === 'grid' ? 'grid' : 'community')}
      />
      <ChoiceChips
        className='leaderboard__period'
        options={PERIOD_OPTIONS}
        selected={[period]}
        onChange={([value]) => setPeriod(value === 'all' ? 'all' : 'month')}
      />
      {board.isPending ? <ListState variant='loading' /> : null}
      {board.isError ? (
        <ListState variant='error' detail={errorMessage(board.error)} onRetry={() => board.refetch()} />
      ) : null}
      {board.data ? (
        <>
          <View className='points-card my-rank'>
            <Text className='points-card__title'>我的排名</Text>
            {board.data.me ? (
              <Row row={board.data.me} mine />
            ) : (
              <Text className='form-hint'>{period === 'month' ? '本月' : ''}还没有上榜，赚积分就能上榜</Text>
            )}
          </View>
          <View className='points-card leaderboard'>
            <Text className='points-card__title'>
              {board.data.placeName} · {period === 'month' ? `${board.data.periodKey} 月榜` : '总榜'}
            </Text>
            {board.data.top.length === 0 ? <ListState variant='empty' text='榜单还是空的' /> : null}
            {board.data.top.map((row) => (
              <Row key={row.memberId} row={row} mine={row.memberId === board.data.me?.memberId} />
            ))}
            {board.data.top.length > 0 ? <ListState variant='end' text={`只显示前 ${LIMIT} 名`} /> : null}
          </View>
        </>
      ) : null}
    </>
  );
}
