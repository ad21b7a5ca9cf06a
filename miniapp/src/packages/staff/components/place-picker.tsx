import { Text, View } from '@tarojs/components';
import type { PlaceRef } from '@tongxin/types';

import { PlaceChips } from '@/components/PlaceChips';

interface PlacePickerProps {
  /** From the caller's place down to the one chosen; never empty. */
  path: PlaceRef[];
  onChange: (path: PlaceRef[]) => void;
  /** Buildings have no children: no chips below them. */
  leafLevel?: PlaceRef['level'];
}

/** A place under the caller's: the path so far (tap a step to go back up) and the chosen place's children as chips. */
export function PlacePicker({ path, onChange, leafLevel = 'building' }: PlacePickerProps) {
  const current = path[path.length - 1];
  return (
    <View className='place-picker'>
      <View className='place-picker__path'>
        {path.map((place, i) => (
          <Text
            key={place.id}
            className={`place-picker__step${i === path.length - 1 ? ' place-picker__step--current' : ''}`}
            onClick={() => onChange(path.slice(0, i + 1))}
          >
            {i > 0 ? ' › ' : ''}
            {place.name}
          </Text>
        ))}
      </View>
      {current.level === leafLevel ? null : (
        <PlaceChips
          parentId={current.id}
          selected={[]}
          emptyText='没有下级地点'
          onChange={([id], [name]) => {
            if (id) onChange([...path, { id, name: name ?? '', level: childLevel(current.level) }]);
          }}
        />
      )}
    </View>
  );
}

const CHILD: Record<PlaceRef['level'], PlaceRef['level']> = {
  street: 'community',
  community: 'grid',
  grid: 'building',
  building: 'building',
};

export function childLevel(level: PlaceRef['level']): PlaceRef['level'] {
  return CHILD[level];
}
