import '@/styles/form.scss';
import '../../community.scss';

import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';

import { ListState } from '@/components/ListState';
import { LoginPrompt } from '@/components/LoginPrompt';
import { PageShell } from '@/components/PageShell';
import { PlaceChips } from '@/components/PlaceChips';
import { useMyCommunity } from '@/hooks/use-my-community';
import { useRefreshOnPull } from '@/hooks/use-refresh-on-pull';
import { useGridWeeklyQuery } from '@/hooks/use-results-query';
import { errorMessage } from '@/services/api-error';
import { useSessionUser } from '@/stores/session';
import { chinaDay } from '@/utils/format-date';

import { isCurrentWeekOrLater, mondayOf, shiftWeek } from '../../dates';
import { WeeklyView } from './weekly-view';

interface WeekNavProps {
  monday: string;
  label: string;
  onChange: (monday: string) => void;
}

/** ‹ 上一周 · the week · 下一周 › (no week after this one). */
function WeekNav({ monday, label, onChange }: WeekNavProps) {
  const last = isCurrentWeekOrLater(monday, chinaDay());
  return (
    <View className='week-nav'>
      <Text className='week-nav__step week-nav__prev' onClick={() => onChange(shiftWeek(monday, -1))}>
        ‹ 上一周
      </Text>
      <Text className='week-nav__label'>{label}</Text>
      <Text
        className={`week-nav__step week-nav__next${last ? ' week-nav__step--disabled' : ''}`}
        onClick={() => (last ? undefined : onChange(shiftWeek(monday, 1)))}
      >
        下一周 ›
      </Text>
    </View>
  );
}

function GridPicker({
  communityId,
  gridId,
  onPick,
}: {
  communityId: string;
  gridId: string | null;
  onPick: (id: string) => void;
}) {
  return (
    <PlaceChips
      className='weekly-grids'
      parentId={communityId}
      selected={gridId ? [gridId] : []}
      emptyText='这个社区还没有网格'
      onChange={([id]) => {
        if (id) onPick(id);
      }}
    />
  );
}

function Weekly({ gridId, communityId }: { gridId: string; communityId: string | null }) {
  const [monday, setMonday] = useState(() => mondayOf(chinaDay()));
  const [choosing, setChoosing] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  const shownGrid = picked ?? gridId;
  const weekly = useGridWeeklyQuery(shownGrid, monday);
  useRefreshOnPull(weekly);
  const pickerCommunity = weekly.data?.community.id ?? communityId;
  return (
    <>
      <View className='results-head'>
        <Text className='results-head__name'>
          {weekly.data ? `${weekly.data.community.name} · ${weekly.data.grid.name}` : '网格周报'}
        </Text>
        {pickerCommunity ? (
          <Text className='results-head__switch' onClick={() => setChoosing(!choosing)}>
            {choosing ? '收起' : '换个网格'}
          </Text>
        ) : null}
      </View>
      {choosing && pickerCommunity ? (
        <GridPicker
          communityId={pickerCommunity}
          gridId={shownGrid}
          onPick={(id) => {
            setPicked(id);
            setChoosing(false);
          }}
        />
      ) : null}
      <WeekNav monday={monday} label={weekly.data?.week.label ?? `${monday} 起的一周`} onChange={setMonday} />
      {weekly.isPending ? <ListState variant='loading' /> : null}
      {weekly.isError ? (
        <ListState variant='error' detail={errorMessage(weekly.error)} onRetry={() => weekly.refetch()} />
      ) : null}
      {weekly.data ? <WeeklyView weekly={weekly.data} /> : null}
    </>
  );
}

/** Which grid to show: the one asked for, else the member's home grid, else one picked from the community. */
function WeeklyForMember() {
  const { params } = useRouter();
  const mine = useMyCommunity(!params.gridId);
  const [picked, setPicked] = useState<string | null>(null);
  const communityId = params.communityId ?? mine.data?.communityId ?? null;
  const ownCommunity = !params.communityId || params.communityId === mine.data?.communityId;
  const gridId = picked ?? params.gridId ?? (ownCommunity ? (mine.data?.gridId ?? null) : null);

  if (gridId) return <Weekly gridId={gridId} communityId={communityId} />;
  if (mine.error) {
    return <ListState variant='error' detail={errorMessage(mine.error)} onRetry={() => mine.refetch()} />;
  }
  if (!params.communityId && mine.isPending) return <ListState variant='loading' />;
  if (!communityId) {
    return <ListState variant='empty' text='还不知道你住在哪个网格' detail='认证住址后即可查看本网格的周报' />;
  }
  return (
    <>
      <Text className='page-shell__title'>选择网格</Text>
      <GridPicker communityId={communityId} gridId={null} onPick={setPicked} />
    </>
  );
}

/** 网格周报: one grid's week — fixed, served, open and waiting, volunteer hours, new mall items — and its share image. */
export default function WeeklyPage() {
  const user = useSessionUser();
  return (
    <PageShell className='weekly-page'>
      {user ? <WeeklyForMember /> : <LoginPrompt text='登录后查看网格周报' />}
    </PageShell>
  );
}
