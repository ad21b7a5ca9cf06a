import '@/styles/form.scss';
import '../../components/staff-points.scss';

import { PageShell } from '@/components/PageShell';

import { StaffCommunityPicker, useStaffCommunityState } from '../../components/staff-community';
import { AwardForm } from './award-form';

export default function StaffAwardPage() {
  const [community, setCommunity] = useStaffCommunityState();
  return (
    <PageShell className='staff-award-page'>
      <StaffCommunityPicker selected={community} onChange={setCommunity} />
      {community ? <AwardForm key={community.id} communityId={community.id} /> : null}
    </PageShell>
  );
}
