import '@/styles/form.scss';
import '../../components/organizer.scss';

import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import type { EventView } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { ListState } from '@/components/ListState';
import { PageShell } from '@/components/PageShell';
import { useEventViewQuery } from '@/hooks/use-events-query';
import {
  useCreateEventMutation,
  useCreateSeriesMutation,
  useUpdateEventMutation,
  useUpdateFollowingMutation,
} from '@/hooks/use-organizer-query';
import { usePlacesQuery } from '@/hooks/use-places-query';
import { PagePath } from '@/routes';
import { errorMessage } from '@/services/api-error';
import { useSessionUser } from '@/stores/session';

import { EventForm } from '../../components/event-form';
import { emptyForm, formFromEvent } from '../../components/event-form-model';
import { organizerPlaces } from '../../components/organizer-places';

/** Who the event is for: the whole place the organizer runs, or one of the places under it (a grid). */
function AudiencePicker({
  parent,
  audience,
  onChange,
}: {
  parent: string;
  audience: string;
  onChange: (id: string) => void;
}) {
  const children = usePlacesQuery(parent || null, parent !== '');
  const below = children.data?.pages.flatMap((page) => page.items) ?? [];
  if (below.length === 0) return null;
  return (
    <>
      <Text className='form-field__label'>活动面向</Text>
      <ChoiceChips
        options={[{ value: parent, label: '全部居民' }, ...below.map((p) => ({ value: p.id, label: p.name }))]}
        selected={[audience]}
        onChange={([v]) => v && onChange(v)}
      />
    </>
  );
}

function CreateEvent() {
  const places = organizerPlaces(useSessionUser());
  const [placeId, setPlaceId] = useState(places[0]?.placeId ?? '');
  const [audience, setAudience] = useState(placeId);
  const create = useCreateEventMutation();
  const createSeries = useCreateSeriesMutation();
  const [initial] = useState(() => emptyForm());
  const failure = create.error ?? createSeries.error;
  if (places.length === 0) return <ListState variant='empty' text='你还没有可以组织活动的社区' />;
  return (
    <>
      <View className='form-card'>
        <Text className='form-field__label'>活动所属</Text>
        <ChoiceChips
          options={places.map((p) => ({ value: p.placeId, label: p.placeName }))}
          selected={[placeId]}
          onChange={([v]) => {
            if (!v) return;
            setPlaceId(v);
            setAudience(v);
          }}
        />
        <AudiencePicker parent={placeId} audience={audience} onChange={setAudience} />
      </View>
      <EventForm
        initial={initial}
        submitText='保存草稿'
        busy={create.isPending || createSeries.isPending}
        serverError={failure ? errorMessage(failure) : null}
        onSubmit={(body) =>
          create.mutate(
            { ...body, placeId: audience },
            { onSuccess: (event) => Taro.redirectTo({ url: PagePath.OrganizerManage(event.id) }) },
          )
        }
        onSubmitSeries={(body) =>
          createSeries.mutate(
            { ...body, placeId: audience },
            { onSuccess: (series) => Taro.redirectTo({ url: PagePath.OrganizerSeries(series.id) }) },
          )
        }
      />
    </>
  );
}

function EditForm({ event }: { event: EventView }) {
  const update = useUpdateEventMutation(event.id);
  const [initial] = useState(() => formFromEvent(event));
  return (
    <EventForm
      initial={initial}
      submitText='保存修改'
      busy={update.isPending}
      serverError={update.error ? errorMessage(update.error) : null}
      onSubmit={(body) => update.mutate(body, { onSuccess: () => Taro.navigateBack() })}
    />
  );
}

/** 编辑本场及以后: the form of this session; what differs from it goes to this and every later live session. */
function EditFollowingForm({ event }: { event: EventView }) {
  const update = useUpdateFollowingMutation(event.id);
  const [initial] = useState(() => formFromEvent(event));
  return (
    <>
      <Text className='form-hint edit-following__hint'>
        {`修改第 ${event.series?.index ?? ''} 场及以后未取消的场次：只有改动的内容会应用到以后各场；改时间时，以后各场按同样的幅度调整。`}
      </Text>
      <EventForm
        initial={initial}
        submitText='保存本场及以后'
        busy={update.isPending}
        serverError={update.error ? errorMessage(update.error) : null}
        onSubmit={(body) =>
          update.mutate(body, {
            onSuccess: (result) => {
              Taro.showToast({
                title: result.sessions > 0 ? `已修改 ${result.sessions} 场` : '没有改动',
                icon: 'none',
              });
              Taro.navigateBack();
            },
          })
        }
      />
    </>
  );
}

function EditEvent({ id, following }: { id: string; following: boolean }) {
  const event = useEventViewQuery(id);
  if (event.isPending) return <ListState variant='loading' />;
  if (event.isError)
    return <ListState variant='error' detail={errorMessage(event.error)} onRetry={() => event.refetch()} />;
  return following && event.data.series ? <EditFollowingForm event={event.data} /> : <EditForm event={event.data} />;
}

export default function OrganizerEditPage() {
  const { params } = useRouter();
  return (
    <PageShell className='organizer-edit-page'>
      {params.id ? <EditEvent id={params.id} following={params.scope === 'following'} /> : <CreateEvent />}
    </PageShell>
  );
}
