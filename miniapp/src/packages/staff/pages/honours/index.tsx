import '@/styles/form.scss';
import '../../components/staff-points.scss';

import { Text } from '@tarojs/components';
import { HONOUR_KIND_LABEL, type HonourView } from '@tongxin/types';

import { StaffPage } from '@/components/StaffPage';
import { useApproveHonourMutation, useNominatedHonoursQuery, useRejectHonourMutation } from '@/hooks/use-honours-query';
import { formatDateTime } from '@/utils/format-date';

import { ReviewLine } from '../../components/review-card';
import { ReviewQueue } from '../../components/review-queue';
import { StaffCommunityPicker, useStaffCommunityState } from '../../components/staff-community';
import { NominateForm } from './nominate-form';

function NominationBody({ item }: { item: HonourView }) {
  return (
    <>
      <ReviewLine label='类别' value={HONOUR_KIND_LABEL[item.kind] ?? item.kind} />
      <ReviewLine label='推荐事迹' value={item.citation} />
      <ReviewLine label='提名时间' value={formatDateTime(item.createdAt)} />
    </>
  );
}

function Nominations({ communityId }: { communityId: string }) {
  const query = useNominatedHonoursQuery(communityId);
  const approve = useApproveHonourMutation();
  const reject = useRejectHonourMutation();
  return (
    <ReviewQueue
      query={query}
      emptyText='没有待审核的提名'
      titleOf={(item) => item.name}
      renderBody={(item) => <NominationBody item={item} />}
      approve={(id) => approve.mutateAsync(id)}
      reject={(id, reason) => reject.mutateAsync({ id, reason })}
    />
  );
}

export default function StaffHonoursPage() {
  const [community, setCommunity] = useStaffCommunityState();
  return (
    <StaffPage className='staff-honours-page'>
      <StaffCommunityPicker selected={community} onChange={setCommunity} />
      {community ? (
        <>
          <NominateForm key={`form-${community.id}`} communityId={community.id} />
          <Text className='page-shell__title'>待审核的提名</Text>
          <Text className='form-hint staff-honours__note'>
            为防止自荐自批，提名须由另一位工作人员审核，提名人不能通过自己的提名。
          </Text>
          <Nominations communityId={community.id} />
        </>
      ) : null}
    </StaffPage>
  );
}
