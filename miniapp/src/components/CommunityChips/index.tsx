import { Text, View } from '@tarojs/components';

import { ListState } from '@/components/ListState';
import { PlaceChips } from '@/components/PlaceChips';
import { usePlacesQuery } from '@/hooks/use-places-query';
import { errorMessage } from '@/services/api-error';

interface CommunityChipsProps {
  selected: string | null;
  onChange: (communityId: string, name: string) => void;
}

/** Every community, grouped under its street, picked with one tap. */
export function CommunityChips({ selected, onChange }: CommunityChipsProps) {
  const streets = usePlacesQuery(null);
  if (streets.isPending) return <ListState variant='loading' />;
  if (streets.isError) {
    return <ListState variant='error' detail={errorMessage(streets.error)} onRetry={() => streets.refetch()} />;
  }
  const items = streets.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <ListState variant='empty' text='暂无社区' />;
  return (
    <View className='community-chips'>
      {items.map((street) => (
        <View key={street.id} className='community-chips__street'>
          <Text className='form-field__sublabel'>{street.name}</Text>
          <PlaceChips
            parentId={street.id}
            selected={selected ? [selected] : []}
            emptyText='该街道暂无社区'
            onChange={(ids, names) => {
              if (ids[0]) onChange(ids[0], names[0] ?? '');
            }}
          />
        </View>
      ))}
    </View>
  );
}
