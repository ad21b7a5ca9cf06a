import '@/styles/form.scss';
import '../../components/staff-points.scss';

import { StaffPage } from '@/components/StaffPage';

import { StaffCommunityPicker, useStaffCommunityState } from '../../components/staff-community';
import { AwardForm } from './award-form';

export default function StaffAwardPage() {
  const [community, setCommunity] = useStaffCommunityState();
  return (
    <StaffPage className='staff-award-page'>
      <StaffCommunityPicker selected={community} onChange={setCommunity} />
      {community ? <AwardForm key={community.id} communityId={community.id} /> : null}
    </StaffPage>
  );
}
