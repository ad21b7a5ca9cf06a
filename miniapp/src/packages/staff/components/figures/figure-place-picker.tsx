import { Text, View } from '@tarojs/components';
import { type FigurePlace, PLACE_LEVEL_LABEL } from '@tongxin/types';

import { ChoiceChips } from '@/components/ChoiceChips';

import { figureChildren, figurePath, figureRoots } from './figure-places';

interface FigurePlacePickerProps {
  places: FigurePlace[];
  selectedId: string;
  onChange: (id: string) => void;
}

/**
 * The place whose figures are shown: the path from the caller's top place (tap a step to go back up) and the
 * places one level below as chips; callers with several top places pick among them first.
 */
export function FigurePlacePicker({ places, selectedId, onChange }: FigurePlacePickerProps) {
  const roots = figureRoots(places);
  const path = figurePath(places, selectedId);
  const current = path[path.length - 1];
  const children = current ? figureChildren(places, current.id) : [];
  return (
    <View className='figure-place-picker'>
      {roots.length > 1 ? (
        <ChoiceChips
          className='staff-chips figure-place-picker__roots'
          options={roots.map((p) => ({ value: p.id, label: p.name }))}
          selected={path[0] ? [path[0].id] : []}
          onChange={([id]) => id && onChange(id)}
        />
      ) : null}
      <View className='place-picker__path figure-place-picker__path'>
        {path.map((place, i) => (
          <Text
            key={place.id}
            className={`place-picker__step${i === path.length - 1 ? ' place-picker__step--current' : ''}`}
            onClick={() => onChange(place.id)}
          >
            {i > 0 ? ' › ' : ''}
            {place.name}
          </Text>
        ))}
      </View>
      {children.length > 0 ? (
        <View className='figure-place-picker__children'>
          <Text className='figure-place-picker__hint'>查看下级{PLACE_LEVEL_LABEL[children[0].level]}</Text>
          <ChoiceChips
            className='staff-chips figure-place-picker__chips'
            options={children.map((p) => ({ value: p.id, label: p.name }))}
            selected={[]}
            onChange={([id]) => id && onChange(id)}
          />
        </View>
      ) : null}
    </View>
  );
}
