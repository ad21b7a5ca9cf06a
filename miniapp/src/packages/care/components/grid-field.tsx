import { Text, View } from '@tarojs/components';
import type { RoleGrantSummary } from '@tongxin/types';

import { ChoiceChips } from '@/components/ChoiceChips';
import { PlaceChips } from '@/components/PlaceChips';
import { carePlacesOf } from '@/utils/care-roles';

import type { RecordFormValues } from './record-form-model';

interface GridFieldProps {
  roles: RoleGrantSummary[];
  value: RecordFormValues['grid'];
  onChange: (grid: NonNullable<RecordFormValues['grid']>) => void;
}

/** 网格: the grids the caller works as grid worker, and (帮扶专干) the grids of their community. */
export function GridField({ roles, value, onChange }: GridFieldProps) {
  const { grids, communities } = carePlacesOf(roles);
  const selected = value ? [value.id] : [];
  return (
    <View className='care-grid-field'>
      {grids.length > 0 ? (
        <ChoiceChips
          className='care-grid-field__own'
          options={grids.map((g) => ({ value: g.id, label: g.name }))}
          selected={selected}
          onChange={([id]) => {
            const grid = grids.find((g) => g.id === id);
            if (grid) onChange({ ...grid, communityId: null });
          }}
        />
      ) : null}
      {communities.map((community) => (
        <View key={community.id} className='care-grid-field__community'>
          <Text className='form-field__sublabel'>{community.name}</Text>
          <PlaceChips
            className='care-grid-field__grids'
            parentId={community.id}
            selected={selected}
            emptyText='该社区暂无网格'
            onChange={([id], [name]) => {
              if (id) onChange({ id, name: name ?? '', communityId: community.id });
            }}
          />
        </View>
      ))}
      {grids.length === 0 && communities.length === 0 ? (
        <Text className='form-error'>你没有可以登记帮扶对象的网格</Text>
      ) : null}
    </View>
  );
}
