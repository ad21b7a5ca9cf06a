import { Role } from '@tongxin/types';
import { useState } from 'react';

import { CommunityPicker, type PickedCommunity } from '@/components/CommunityPicker';

export type StaffCommunity = PickedCommunity;

interface StaffCommunityPickerProps {
  selected: StaffCommunity | null;
  onChange: (community: StaffCommunity) => void;
}

const STAFF_ROLES: readonly Role[] = [Role.CommunityStaff, Role.StreetAdmin];

/**
 * The community a staff page works on: community staff get theirs (a chip per community when they
 * hold several); a street admin picks one of the street's communities.
 */
export function StaffCommunityPicker({ selected, onChange }: StaffCommunityPickerProps) {
  return (
    <CommunityPicker
      className='staff-community'
      roles={STAFF_ROLES}
      selected={selected}
      onChange={onChange}
      emptyText='你没有社区的管理权限'
    />
  );
}

/** State for a page's chosen community. */
export function useStaffCommunityState() {
  return useState<StaffCommunity | null>(null);
}
