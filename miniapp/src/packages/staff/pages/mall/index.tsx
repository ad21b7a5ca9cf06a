import '@/styles/form.scss';
import '../../components/staff-points.scss';

import { Text } from '@tarojs/components';

import { InfiniteList } from '@/components/InfiniteList';
import { StaffPage } from '@/components/StaffPage';
import { useManagedItemsQuery } from '@/hooks/use-mall-query';

import { StaffCommunityPicker, useStaffCommunityState } from '../../components/staff-community';
import { ItemForm } from './item-form';
import { ManagedItem } from './managed-item';

function ManagedItems({ communityId }: { communityId: string }) {
  const query = useManagedItemsQuery(communityId);
  return (
    <InfiniteList
      className='managed-items'
      query={query}
      emptyText='还没有商品，先在上面新增一件'
      renderItem={(item) => <ManagedItem key={item.id} item={item} />}
    />
  );
}

export default function StaffMallPage() {
  const [community, setCommunity] = useStaffCommunityState();
  return (
    <StaffPage className='staff-mall-page'>
      <StaffCommunityPicker selected={community} onChange={setCommunity} />
      {community ? (
        <>
          <ItemForm key={`form-${community.id}`} communityId={community.id} />
          <Text className='page-shell__title'>全部商品（含已下架）</Text>
          <ManagedItems communityId={community.id} />
        </>
      ) : null}
    </StaffPage>
  );
}
