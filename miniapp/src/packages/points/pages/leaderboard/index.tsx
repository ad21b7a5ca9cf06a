import '../../components/points.scss';

import { PageShell } from '@/components/PageShell';

import { CommunityGate } from '../../components/community-gate';
import { LeaderboardView } from './leaderboard-view';

export default function LeaderboardPage() {
  return (
    <PageShell className='leaderboard-page'>
      <CommunityGate>{(community) => <LeaderboardView community={community} />}</CommunityGate>
    </PageShell>
  );
}
