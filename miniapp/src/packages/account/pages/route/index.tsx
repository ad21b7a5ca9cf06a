import './index.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { FreeWindow, RiderRoute } from '@tongxin/types';
import { useState } from 'react';

import { BottomBar } from '@/components/BottomBar';
import { ListState } from '@/components/ListState';
import { PageShell } from '@/components/PageShell';
import { useRiderRouteQuery, useUpdateRiderRouteMutation } from '@/hooks/use-rider-route-query';
import { errorMessage } from '@/services/api-error';
import { formatDateTime } from '@/utils/format-date';

import { FreeTimes } from './free-times';
import { RoutePlaces } from './route-places';

interface Draft {
  placeIds: string[];
  names: Record<string, string>;
  windows: FreeWindow[];
}

function draftOf(route: RiderRoute): Draft {
  return {
    placeIds: route.places.map((p) => p.id),
    names: Object.fromEntries(route.places.map((p) => [p.id, p.name])),
    windows: route.windows,
  };
}

/** 我的顺路: the grids or buildings a rider passes and when they are usually free; the hall ranks by them. */
export default function RiderRoutePage() {
  const route = useRiderRouteQuery();
  const save = useUpdateRiderRouteMutation();
  // The rider's unsaved changes; null: the route as saved.
  const [edited, setDraft] = useState<Draft | null>(null);

  if (route.isLoading) return <ListState variant='loading' />;
  if (route.isError || !route.data) {
    return <ListState variant='error' detail={errorMessage(route.error)} onRetry={() => route.refetch()} />;
  }
  const next = route.data.nextFreeAt;
  const draft = edited ?? draftOf(route.data);

  function submit(): void {
    save.mutate(
      { placeIds: draft.placeIds, windows: draft.windows },
      {
        onSuccess: () => {
          setDraft(null);
          Taro.showToast({ title: '已保存', icon: 'success' });
        },
      },
    );
  }

  return (
    <PageShell className='route-page'>
      <RoutePlaces
        placeIds={draft.placeIds}
        names={draft.names}
        onChange={(placeIds, names) => setDraft({ ...draft, placeIds, names })}
      />
      <FreeTimes windows={draft.windows} onChange={(windows) => setDraft({ ...draft, windows })} />
      {next ? (
        <Text className='route-page__summary route-page__next'>下一个空闲时段：{formatDateTime(next)} 起</Text>
      ) : null}
      <BottomBar>
        {save.isError ? <Text className='form-error route-page__error'>{errorMessage(save.error)}</Text> : null}
        <Button className='big-action route-page__save' type='primary' loading={save.isPending} onClick={submit}>
          保存
        </Button>
      </BottomBar>
    </PageShell>
  );
}
