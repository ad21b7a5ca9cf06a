import { Text, View } from '@tarojs/components';
import { PlaceLevel, Role } from '@tongxin/types';
import { useEffect, useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { ListState } from '@/components/ListState';
import { PlaceChips } from '@/components/PlaceChips';
import { useMeQuery } from '@/hooks/use-me-query';
import { errorMessage } from '@/services/api-error';

export interface StaffCommunity {
  id: string;
  name: string;
}

interface StaffCommunityPickerProps {
  selected: StaffCommunity | null;
  onChange: (community: StaffCommunity) => void;
}

/**
 * The community a staff page works on: community staff get theirs (a chip per community when they
 * hold several); a street admin picks one of the street's communities.
 */
export function StaffCommunityPicker({ selected, onChange }: StaffCommunityPickerProps) {
  const me = useMeQuery();
  const grants = me.data?.roles ?? [];
  const communities = grants
    .filter((g) => g.role === Role.CommunityStaff && g.placeLevel === PlaceLevel.Community)
    .map((g) => ({ id: g.placeId, name: g.placeName }));
  const streets = grants.filter((g) => g.role === Role.StreetAdmin && g.placeLevel === PlaceLevel.Street);
  const only = communities.length === 1 && streets.length === 0 ? communities[0] : null;

  useEffect(() => {
    if (only && selected?.id !== only.id) onChange(only);
  }, [only, selected, onChange]);

  if (me.isPending) return <ListState variant='loading' />;
  if (me.isError) return <ListState variant='error' detail={errorMessage(me.error)} onRetry={() => me.refetch()} />;
  if (communities.length === 0 && streets.length === 0) {
    return <ListState variant='empty' text='你没有社区的管理权限' />;
  }
  if (only) return <Text className='staff-community__name'>{only.name}</Text>;
  return (
    <View className='staff-community'>
      <Text className='form-field__label'>选择社区</Text>
      {communities.length > 0 ? (
        <ChoiceChips
          options={communities.map((c) => ({ value: c.id, label: c.name }))}
          selected={selected ? [selected.id] : []}
          onChange={([id]) => {
            const found = communities.find((c) => c.id === id);
            if (found) onChange(found);
          }}
        />
      ) : null}
      {streets.map((street) => (
        <PlaceChips
          key={street.id}
          parentId={street.placeId}
          selected={selected ? [selected.id] : []}
          emptyText='该街道暂无社区'
          onChange={([id], [name]) => {
            if (id) onChange({ id, name: name ?? '' });
          }}
        />
      ))}
    </View>
  );
}

/** State for a page's chosen community. */
export function useStaffCommunityState() {
  return useState<StaffCommunity | null>(null);
}
