import { Button, Input } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';

import { BuildingPicker } from './building-picker';
import { BUILDING_PICKER_FIRST, GpsLocation } from './gps-location';
import type { PickedLocation } from './location-types';

export interface LocationFieldProps {
  communityId: string;
  communityName: string;
  initialGridId: string | null;
  value: PickedLocation | null;
  detail: string;
  error?: string;
  /** Set when the API said the GPS point is in no grid: the building list opens. */
  forceBuildings: boolean;
  onChange: (location: PickedLocation | null) => void;
  onDetailChange: (detail: string) => void;
  onCommunityChange: (communityId: string, name: string) => void;
}

/** 位置: GPS buttons on the mini-program, the building list (the H5 default), and a free-text detail. */
export function LocationField(props: LocationFieldProps) {
  const { value, error, forceBuildings, onChange } = props;
  const [buildingsOpen, setBuildingsOpen] = useState(BUILDING_PICKER_FIRST);
  const [gpsError, setGpsError] = useState<string | null>(null);
  const showBuildings = buildingsOpen || forceBuildings;
  return (
    <View className='form-card location-field'>
      <Text className='form-card__title'>位置</Text>
      {value ? <Text className='location-field__picked'>已选择：{value.label}</Text> : null}
      <GpsLocation
        onLocate={(location) => {
          setGpsError(null);
          onChange(location);
        }}
        onError={(message) => {
          setGpsError(message);
          setBuildingsOpen(true);
        }}
      />
      {!showBuildings ? (
        <Button
          className='location-field__open-buildings big-action'
          fill='outline'
          onClick={() => setBuildingsOpen(true)}
        >
          选择楼栋
        </Button>
      ) : (
        <BuildingPicker
          communityId={props.communityId}
          communityName={props.communityName}
          initialGridId={props.initialGridId}
          buildingId={value?.kind === 'building' ? value.buildingId : null}
          onCommunityChange={props.onCommunityChange}
          onChange={(buildingId, label) => onChange({ kind: 'building', buildingId, label })}
        />
      )}
      <Input
        className='location-field__detail form-field__input'
        maxLength={100}
        placeholder='补充位置（选填），如：3单元门口'
        value={props.detail}
        onChange={props.onDetailChange}
      />
      {gpsError ? <Text className='form-error'>{gpsError}</Text> : null}
      {error ? <Text className='form-error location-field__error'>{error}</Text> : null}
    </View>
  );
}
