import { Text, View } from '@tarojs/components';
import { EVENT_TYPE_LABEL, type EventType } from '@tongxin/types';

import { ChoiceChips, type ChoiceOption } from '@/components/ChoiceChips';
import type { MyCommunity } from '@/hooks/use-my-community';

const ALL = 'all';
const TYPE_OPTIONS: ChoiceOption[] = [
  { value: ALL, label: '全部' },
  ...(Object.keys(EVENT_TYPE_LABEL) as EventType[]).map((type) => ({ value: type, label: EVENT_TYPE_LABEL[type] })),
];

interface EventsFiltersProps {
  type: EventType | null;
  onType: (type: EventType | null) => void;
  /** Null when signed out or with no community: the 我的社区 chip is not offered. */
  community: MyCommunity | null;
  onlyMine: boolean;
  onOnlyMine: (value: boolean) => void;
}

/** 类型 chips and a 只看我的社区 toggle above the upcoming events. */
export function EventsFilters({ type, onType, community, onlyMine, onOnlyMine }: EventsFiltersProps) {
  return (
    <View className='events-filters'>
      <ChoiceChips
        className='events-filters__types'
        options={TYPE_OPTIONS}
        selected={[type ?? ALL]}
        onChange={([value]) => onType(value && value !== ALL ? (value as EventType) : null)}
      />
      {community ? (
        <ChoiceChips
          className='events-filters__mine'
          multiple
          options={[{ value: 'mine', label: `只看${community.communityName}` }]}
          selected={onlyMine ? ['mine'] : []}
          onChange={(selected) => onOnlyMine(selected.length > 0)}
        />
      ) : (
        <Text className='events-filters__hint'>登录并认证住址后，可只看本社区活动</Text>
      )}
    </View>
  );
}
