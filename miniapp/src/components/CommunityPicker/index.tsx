import { Text, View } from '@tarojs/components';
import { PlaceLevel, type Role } from '@tongxin/types';
import { useEffect } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { ListState } from '@/components/ListState';
import { PlaceChips } from '@/components/PlaceChips';
import { useMeQuery } from '@/hooks/use-me-query';
import { errorMessage } from '@/services/api-error';

export interface PickedCommunity {
  id: string;
  name: string;
}

interface CommunityPickerProps {
  /** The roles whose grants offer a community: one held on a community offers it, one on a street its communities. */
  roles: readonly Role[];
  selected: PickedCommunity | null;
  onChange: (community: PickedCommunity) => void;
  /** Shown when the caller holds none of the roles. */
  emptyText: string;
  /** What stands in for the picker when there is one community only. */
  onlyText?: (name: string) => string;
  /** The block's class; its one-community line is `<className>__name`. */
  className: string;
}

/**
 * The community a page works on, from the caller's grants of `roles`: picked at once when there is one, else a chip
 * per community held and the communities of each street held.
 */
export function CommunityPicker({ roles, selected, onChange, emptyText, onlyText, className }: CommunityPickerProps) {
  const me = useMeQuery();
  const grants = (me.data?.roles ?? []).filter((g) => roles.includes(g.role));
  const communities = grants
    .filter((g) => g.placeLevel === PlaceLevel.Community)
    .map((g) => ({ id: g.placeId, name: g.placeName }));
  const streets = grants.filter((g) => g.placeLevel === PlaceLevel.Street);
  const only = communities.length === 1 && streets.length === 0 ? communities[0] : null;

  useEffect(() => {
    if (only && selected?.id !== only.id) onChange(only);
  }, [only, selected, onChange]);

  if (me.isPending) return <ListState variant='loading' />;
  if (me.isError) return <ListState variant='error' detail={errorMessage(me.error)} onRetry={() => me.refetch()} />;
  if (communities.length === 0 && streets.length === 0) return <ListState variant='empty' text={emptyText} />;
  if (only) return <Text className={`${className}__name`}>{onlyText ? onlyText(only.name) : only.name}</Text>;
  return (
    <View className={className}>
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
