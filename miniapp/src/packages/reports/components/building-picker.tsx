import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';

import { CommunityChips } from '@/components/CommunityChips';
import { PlaceChips } from '@/components/PlaceChips';

interface BuildingPickerProps {
  communityId: string;
  communityName: string;
  buildingId: string | null;
  /** The member's own grid, opened at once when the community is theirs. */
  initialGridId?: string | null;
  onCommunityChange: (communityId: string, name: string) => void;
  onChange: (buildingId: string, label: string) => void;
}

/** Grid → building chips of the member's community; 切换社区 opens street → community. */
export function BuildingPicker(props: BuildingPickerProps) {
  const { communityId, communityName, buildingId, onCommunityChange, onChange } = props;
  const [gridId, setGridId] = useState<string | null>(props.initialGridId ?? null);
  const [gridName, setGridName] = useState('');
  const [switching, setSwitching] = useState(false);
  return (
    <View className='building-picker'>
      <View className='building-picker__community'>
        <Text className='form-field__sublabel'>社区：{communityName}</Text>
        <Button className='building-picker__switch' fill='none' onClick={() => setSwitching(!switching)}>
          {switching ? '收起' : '切换社区'}
        </Button>
      </View>
      {switching ? (
        <CommunityChips
          selected={communityId}
          onChange={(id, name) => {
            setSwitching(false);
            setGridId(null);
            onCommunityChange(id, name);
          }}
        />
      ) : null}
      <Text className='form-field__sublabel'>网格</Text>
      <PlaceChips
        className='building-picker__grids'
        parentId={communityId}
        selected={gridId ? [gridId] : []}
        emptyText='该社区暂无网格'
        onChange={([id], [name]) => {
          if (!id) return;
          setGridId(id);
          setGridName(name ?? '');
        }}
      />
      {gridId ? (
        <>
          <Text className='form-field__sublabel'>楼栋</Text>
          <PlaceChips
            className='building-picker__buildings'
            parentId={gridId}
            selected={buildingId ? [buildingId] : []}
            emptyText='该网格暂无楼栋'
            onChange={([id], [name]) => {
              if (id) onChange(id, `${gridName} ${name ?? ''}`.trim());
            }}
          />
        </>
      ) : null}
    </View>
  );
}
