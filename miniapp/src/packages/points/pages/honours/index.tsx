import '../../components/points.scss';

import { Text, View } from '@tarojs/components';
import { HONOUR_KIND_LABEL, type HonourView } from '@tongxin/types';

import { FlagButton } from '@/components/FlagButton';
import { InfiniteList } from '@/components/InfiniteList';
import { PageShell } from '@/components/PageShell';
import { usePublishedHonoursQuery } from '@/hooks/use-honours-query';
import { useSessionUser } from '@/stores/session';
import { formatDateTime } from '@/utils/format-date';

import { CommunityGate } from '../../components/community-gate';

/** One honour; anyone but the staff member who nominated it may flag (举报) its citation. */
function HonourCard({ honour }: { honour: HonourView }) {
  const user = useSessionUser();
  return (
    <View className={`honour-card honour-card--${honour.kind}`}>
      <Text className='honour-card__kind'>{HONOUR_KIND_LABEL[honour.kind] ?? honour.kind}</Text>
      <Text className='honour-card__name'>{honour.name}</Text>
      <Text className='honour-card__citation'>{honour.citation}</Text>
      {honour.publishedUntil ? (
        <Text className='honour-card__until'>展示至 {formatDateTime(honour.publishedUntil)}</Text>
      ) : null}
      <FlagButton
        className='honour-card__flag'
        kind='honour'
        id={honour.id}
        mine={honour.nominatedBy === user?.id}
        subject='这条光荣榜'
      />
    </View>
  );
}

function HonourList({ communityId, communityName }: { communityId: string; communityName: string }) {
  const query = usePublishedHonoursQuery(communityId);
  return (
    <>
      <Text className='page-shell__title'>{communityName} · 石榴籽光荣榜</Text>
      <InfiniteList
        className='honour-list'
        query={query}
        emptyText='光荣榜暂未发布'
        renderItem={(honour) => <HonourCard key={honour.id} honour={honour} />}
      />
    </>
  );
}

export default function HonoursPage() {
  return (
    <PageShell className='honours-page'>
      <CommunityGate>
        {(community) => <HonourList communityId={community.communityId} communityName={community.communityName} />}
      </CommunityGate>
    </PageShell>
  );
}
