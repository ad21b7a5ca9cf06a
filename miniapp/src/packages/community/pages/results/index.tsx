import '@/styles/form.scss';
import '../../community.scss';

import { Text, View } from '@tarojs/components';
import type { ResultsFixedItem } from '@tongxin/types';
import { useState } from 'react';

import { CommunityChips } from '@/components/CommunityChips';
import { InfiniteList } from '@/components/InfiniteList';
import { ListState } from '@/components/ListState';
import { LoginPrompt } from '@/components/LoginPrompt';
import { PageShell } from '@/components/PageShell';
import { useMeQuery } from '@/hooks/use-me-query';
import { useMyCommunity } from '@/hooks/use-my-community';
import { useResultsFixedQuery } from '@/hooks/use-results-query';
import { errorMessage } from '@/services/api-error';
import { useSessionUser } from '@/stores/session';

import { mayBelongToSeveral } from '../../community-choice';
import { FixedItemCard } from './fixed-item-card';
import { ResultsBoardView } from './results-board';

interface Community {
  id: string;
  name: string;
}

function FixedItems({ communityId }: { communityId: string }) {
  const fixed = useResultsFixedQuery(communityId);
  return (
    <>
      <Text className='page-shell__title'>最近办结</Text>
      <InfiniteList<ResultsFixedItem>
        className='fixed-items'
        query={fixed}
        emptyText='还没有办结的事项'
        renderItem={(item) => <FixedItemCard key={item.orderId} item={item} />}
      />
    </>
  );
}

/** The board of `community`, with 切换社区 when the member may belong to several. */
function Board({ community, gridId, several }: { community: Community; gridId: string | null; several: boolean }) {
  const [choosing, setChoosing] = useState(false);
  const [picked, setPicked] = useState<Community | null>(null);
  const shown = picked ?? community;
  return (
    <>
      <View className='results-head'>
        <Text className='results-head__name'>{shown.name}</Text>
        {several ? (
          <Text className='results-head__switch' onClick={() => setChoosing(!choosing)}>
            {choosing ? '收起' : '切换社区'}
          </Text>
        ) : null}
      </View>
      {choosing ? (
        <CommunityChips
          selected={shown.id}
          onChange={(id, name) => {
            setPicked({ id, name });
            setChoosing(false);
          }}
        />
      ) : null}
      <ResultsBoardView
        key={`board-${shown.id}`}
        communityId={shown.id}
        gridId={shown.id === community.id ? gridId : null}
      />
      <FixedItems key={`fixed-${shown.id}`} communityId={shown.id} />
    </>
  );
}

/** A member with no community of their own (no home, no role below a street) picks one to look at. */
function ChooseCommunity({ onChoose }: { onChoose: (community: Community) => void }) {
  return (
    <>
      <Text className='page-shell__title'>选择要查看的社区</Text>
      <CommunityChips selected={null} onChange={(id, name) => onChoose({ id, name })} />
    </>
  );
}

function Results() {
  const me = useMeQuery();
  const mine = useMyCommunity();
  const [chosen, setChosen] = useState<Community | null>(null);
  if (mine.error) {
    return <ListState variant='error' detail={errorMessage(mine.error)} onRetry={() => mine.refetch()} />;
  }
  if (mine.isPending) return <ListState variant='loading' />;
  const own = mine.data ? { id: mine.data.communityId, name: mine.data.communityName } : null;
  const community = own ?? chosen;
  if (!community) return <ChooseCommunity onChoose={setChosen} />;
  return (
    <Board
      community={community}
      gridId={own ? (mine.data?.gridId ?? null) : null}
      several={!own || (me.data ? mayBelongToSeveral(me.data) : false)}
    />
  );
}

/** 办实事公开: what the community did — monthly counts, events held, fixed items with photos before and after. */
export default function ResultsPage() {
  const user = useSessionUser();
  return (
    <PageShell className='results-page'>
      {user ? <Results /> : <LoginPrompt text='登录后查看社区办实事公开' />}
    </PageShell>
  );
}
