import { Text, View } from '@tarojs/components';
import { MAX_ROUTE_PLACES, type RouteGridChoice } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { ListState } from '@/components/ListState';
import { LoadMoreButton } from '@/components/LoadMoreButton';
import { usePlacesQuery } from '@/hooks/use-places-query';
import { useRouteGridsQuery } from '@/hooks/use-rider-route-query';
import { errorMessage } from '@/services/api-error';

interface RoutePlacesProps {
  placeIds: string[];
  /** Names of chosen places, for the summary (grids and buildings). */
  names: Record<string, string>;
  onChange: (placeIds: string[], names: Record<string, string>) => void;
}

/** The grids a rider passes, whole, or single buildings of a grid (only where they may grab). */
export function RoutePlaces({ placeIds, names, onChange }: RoutePlacesProps) {
  const grids = useRouteGridsQuery();
  const [buildingGrid, setBuildingGrid] = useState<string | null>(null);
  const buildings = usePlacesQuery(buildingGrid, buildingGrid !== null);

  if (grids.isLoading) return <ListState variant='loading' />;
  if (grids.isError) {
    return <ListState variant='error' detail={errorMessage(grids.error)} onRetry={() => grids.refetch()} />;
  }
  const gridList: RouteGridChoice[] = grids.data?.pages.flatMap((page) => page.items) ?? [];
  const buildingList = buildings.data?.pages.flatMap((page) => page.items) ?? [];
  const full = placeIds.length >= MAX_ROUTE_PLACES;

  function choose(options: { value: string; label: string }[], selected: string[]): void {
    const shown = new Set(options.map((o) => o.value));
    const kept = placeIds.filter((id) => !shown.has(id) || selected.includes(id));
    const added = selected.filter((id) => !placeIds.includes(id));
    if (full && added.length > 0) return;
    const labels = { ...names };
    for (const option of options) if (selected.includes(option.value)) labels[option.value] = option.label;
    onChange([...kept, ...added], labels);
  }

  const gridOptions = gridList.map((g) => ({ value: g.id, label: g.name }));
  const buildingOptions = buildingList.map((b) => ({ value: b.id, label: b.name }));
  return (
    <View className='route-page__card route-places'>
      <Text className='form-field__label'>顺路网格</Text>
      <Text className='route-page__hint'>选您送餐常经过的网格，抢单大厅会把这些地方的工单排在前面，标上“顺路”。</Text>
      {gridOptions.length === 0 ? <ListState variant='empty' text='您还没有可抢单的网格' /> : null}
      <ChoiceChips
        className='route-places__grids'
        multiple
        options={gridOptions}
        selected={placeIds}
        onChange={(selected) => choose(gridOptions, selected)}
      />
      <LoadMoreButton query={grids} className='route-places__more' />
      {gridOptions.length > 0 ? (
        <>
          <Text className='form-field__label route-places__buildings-label'>只顺路几栋楼？（可选）</Text>
          <ChoiceChips
            className='route-places__building-grids'
            options={gridOptions}
            selected={buildingGrid ? [buildingGrid] : []}
            onChange={([grid]) => setBuildingGrid(grid)}
          />
        </>
      ) : null}
      {buildingGrid && buildings.isLoading ? <ListState variant='loading' /> : null}
      {buildingGrid && buildingOptions.length > 0 ? (
        <>
          <ChoiceChips
            className='route-places__buildings'
            multiple
            options={buildingOptions}
            selected={placeIds}
            onChange={(selected) => choose(buildingOptions, selected)}
          />
          <LoadMoreButton query={buildings} />
        </>
      ) : null}
      <Text className='route-page__summary route-places__summary'>
        {placeIds.length > 0 ? `已选：${placeIds.map((id) => names[id] ?? '…').join('、')}` : '还没有选顺路的地方'}
      </Text>
      {full ? <Text className='route-page__hint'>最多选 {MAX_ROUTE_PLACES} 处</Text> : null}
    </View>
  );
}
