import { Role } from '@tongxin/types';

import { CommunityPicker, type PickedCommunity } from '@/components/CommunityPicker';

const STUDIO_ROLES: readonly Role[] = [Role.MediationAdmin];

/** Whose studio a walk-in case opens in: the 负责人's community, or one of their street's. */
export function StudioCommunityPicker(props: {
  selected: PickedCommunity | null;
  onChange: (community: PickedCommunity) => void;
}) {
  return (
    <CommunityPicker
      className='studio-community'
      roles={STUDIO_ROLES}
      emptyText='你不是调解工作室负责人，不能登记来访'
      onlyText={(name) => `登记到 ${name} 石榴调解工作室`}
      {...props}
    />
  );
}
