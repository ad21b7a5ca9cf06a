import { View } from '@tarojs/components';

import { ChoiceChips } from '@/components/ChoiceChips';
import { ListState } from '@/components/ListState';
import { LoadMoreButton } from '@/components/LoadMoreButton';
import { usePlacesQuery } from '@/hooks/use-places-query';
import { errorMessage } from '@/services/api-error';

interface PlaceChipsProps {
  /** Whose children to offer; null offers the streets. */
  parentId: string | null;
  selected: string[];
  onChange: (selected: string[], names: string[]) => void;
  multiple?: boolean;
  emptyText: string;
  className?: string;
}

/** The children of one place as chips, 20 at a time with a 加载更多 button. */
export function PlaceChips({ parentId, selected, onChange, multiple, emptyText, className }: PlaceChipsProps) {
  const query = usePlacesQuery(parentId);
  const { data, error, isPending, isError, isFetchNextPageError } = query;
  if (isPending) return <ListState variant='loading' />;
  if (isError && !isFetchNextPageError) {
    return <ListState variant='error' detail={errorMessage(error)} onRetry={() => query.refetch()} />;
  }
  const places = data?.pages.flatMap((page) => page.items) ?? [];
  if (places.length === 0) return <ListState variant='empty' text={emptyText} />;
  const options = places.map((place) => ({ value: place.id, label: place.name }));
  return (
    <View className={className}>
      <ChoiceChips
        options={options}
        selected={selected}
        multiple={multiple}
        onChange={(ids) =>
          onChange(
            ids,
            ids.map((id) => options.find((o) => o.value === id)?.label ?? ''),
          )
        }
      />
      <LoadMoreButton query={query} className='place-chips__more' />
    </View>
  );
}
