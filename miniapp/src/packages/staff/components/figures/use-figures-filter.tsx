import { View } from '@tarojs/components';
import { FigurePeriodKind, type FigurePlace, type FiguresQuery } from '@tongxin/types';
import { useState } from 'react';

import { ListState } from '@/components/ListState';
import { useFigurePlacesQuery } from '@/hooks/use-staff-figures-query';
import { errorMessage } from '@/services/api-error';
import { chinaDay } from '@/utils/format-date';

import { FigurePlacePicker } from './figure-place-picker';
import { figureRoots } from './figure-places';
import { customPeriodProblem, figuresQueryOf, initialPeriod, type PeriodChoice } from './period';
import { PeriodPicker } from './period-picker';

interface FiguresFilter {
  place: FigurePlace | null;
  period: PeriodChoice;
  /** What to ask the API; null until there is a place and a period that reads. */
  query: FiguresQuery | null;
  /** Shows another place's figures (a row of the ranking). */
  choosePlace: (id: string) => void;
  /** The pickers, or the places list's loading, error or empty state. */
  element: JSX.Element;
}

/** The place and period a figures page shows: the widest readable place and this month unless a link said. */
export function useFiguresFilter(initial: { placeId?: string; period?: (today: string) => PeriodChoice } = {}) {
  const places = useFigurePlacesQuery();
  const [today] = useState(() => chinaDay());
  const [placeId, setPlaceId] = useState(initial.placeId ?? null);
  const [period, setPeriod] = useState(() => (initial.period ?? initialPeriod)(today));
  const list = places.data ?? [];
  const place = list.find((p) => p.id === placeId) ?? figureRoots(list)[0] ?? null;
  const reads = period.kind !== FigurePeriodKind.Custom || customPeriodProblem(period.from, period.to) === null;
  const query = place && reads ? figuresQueryOf(place.id, period) : null;

  let element: JSX.Element;
  if (places.isPending) element = <ListState variant='loading' />;
  else if (places.isError) {
    element = <ListState variant='error' detail={errorMessage(places.error)} onRetry={() => places.refetch()} />;
  } else if (!place) element = <ListState variant='empty' text='没有可以查看数据的地点' />;
  else {
    element = (
      <View className='form-card figures-filters'>
        <FigurePlacePicker places={list} selectedId={place.id} onChange={setPlaceId} />
        <PeriodPicker value={period} today={today} onChange={setPeriod} />
      </View>
    );
  }
  const filter: FiguresFilter = { place, period, query, choosePlace: setPlaceId, element };
  return filter;
}
