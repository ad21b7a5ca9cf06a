import '../../components/points.scss';
import '@/styles/form.scss';

import { PageShell } from '@/components/PageShell';

import { CommunityGate } from '../../components/community-gate';
import { MallView } from './mall-view';

export default function PointsMallPage() {
  return (
    <PageShell className='points-mall-page'>
      <CommunityGate>
        {(community) => <MallView communityId={community.communityId} communityName={community.communityName} />}
      </CommunityGate>
    </PageShell>
  );
}
