import { Text, View } from '@tarojs/components';
import { PlaceUnitKind, type PlaceUnitSummary } from '@tongxin/types';

import { ListState } from '@/components/ListState';
import { LoadMoreButton } from '@/components/LoadMoreButton';
import { usePlaceUnitsQuery } from '@/hooks/use-place-units-query';
import { errorMessage } from '@/services/api-error';

interface BusinessPickerProps {
  communityId: string;
  selected: PlaceUnitSummary | null;
  onChange: (unit: PlaceUnitSummary) => void;
}

/**
 * The businesses registered in the community and the places below it, 20 at a time, picked with one tap.
 * Options share the member picker's look (`member-option`), so the two pickers read the same.
 */
export function BusinessPicker({ communityId, selected, onChange }: BusinessPickerProps) {
  // The street's businesses count for its communities too (the API accepts them).
  const query = usePlaceUnitsQuery(communityId, PlaceUnitKind.Business, true);
  const { data, error, isPending, isError, isFetchNextPageError } = query;
  if (isPending) return <ListState variant='loading' />;
  if (isError && !isFetchNextPageError) {
    return <ListState variant='error' detail={errorMessage(error)} onRetry={() => query.refetch()} />;
  }
  const units = data?.pages.flatMap((page) => page.items) ?? [];
  if (units.length === 0) return <ListState variant='empty' text='本社区还没有登记商户' />;
  return (
    <View className='business-picker'>
      {units.map((unit) => {
        const isSelected = selected?.id === unit.id;
        return (
          <View
            key={unit.id}
            className={`member-option business-option${isSelected ? ' member-option--selected business-option--selected' : ''}`}
            onClick={() => onChange(unit)}
          >
            <Text className='member-option__name business-option__name'>
              {isSelected ? '✓ ' : ''}
              {unit.name}
            </Text>
            <Text className='member-option__meta business-option__meta'>{unit.address || unit.placeName}</Text>
          </View>
        );
      })}
      <LoadMoreButton
        query={query}
        className='member-picker__more business-picker__more'
        end={<ListState variant='end' />}
      />
    </View>
  );
}
