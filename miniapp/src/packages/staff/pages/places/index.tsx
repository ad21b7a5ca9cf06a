import '../../components/staff-desk.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PLACE_LEVEL_LABEL, type PlaceRef, type PlaceSummary } from '@tongxin/types';
import { useState } from 'react';

import { StaffPage } from '@/components/StaffPage';
import { CardLine, type StaffColumn, StaffTable } from '@/components/StaffTable';
import {
  useChildPlacesPage,
  useCreatePlaceMutation,
  useRenamePlaceMutation,
  useRetirePlaceMutation,
} from '@/hooks/use-place-admin-query';
import { errorMessage } from '@/services/api-error';

import { useAdminRoot } from '../../components/admin-root';
import { childLevel } from '../../components/place-picker';
import { TextDialog } from '../../components/text-dialog';
import { MoveDialog } from './move-dialog';

type Editing = { kind: 'create' } | { kind: 'rename'; place: PlaceSummary } | { kind: 'move'; place: PlaceSummary };

/** 地点管理: the places under the caller's, one level at a time: add a grid or building, rename, move, retire. */
export default function StaffPlacesPage() {
  const { root, element } = useAdminRoot();
  const [walked, setWalked] = useState<PlaceRef[]>([]);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing | null>(null);
  // The path walked down from the chosen root; choosing another root starts again from it.
  const path = root && walked[0]?.id === root.id ? walked : root ? [root] : [];
  const setPath = setWalked;
  const current = path[path.length - 1] ?? null;
  const query = useChildPlacesPage(current?.id ?? null, page);
  const create = useCreatePlaceMutation();
  const rename = useRenamePlaceMutation();
  const retire = useRetirePlaceMutation();

  if (!root || !current) {
    return (
      <StaffPage title='地点管理' className='staff-places-page'>
        {element}
      </StaffPage>
    );
  }
  const below = childLevel(current.level);
  const canAdd = current.level !== 'building';
  // Moving needs the parent's level one step up inside the caller's place (a grid to another community of a street).
  const grandparent = path.length >= 2 ? path[path.length - 2] : null;

  function open(place: PlaceSummary): void {
    if (place.level === 'building') return;
    setPath([...path, { id: place.id, name: place.name, level: place.level }]);
    setPage(1);
  }

  async function confirmRetire(place: PlaceSummary): Promise<void> {
    const { confirm } = await Taro.showModal({
      title: '撤销地点',
      content: `撤销「${place.name}」？撤销后居民和工作人员不再看到它。它的下级地点和站点须先撤销或移走。`,
      confirmText: '撤销',
    });
    if (!confirm) return;
    try {
      await retire.mutateAsync(place.id);
      Taro.showToast({ title: '已撤销', icon: 'success' });
    } catch (failure) {
      Taro.showModal({ title: '不能撤销', content: errorMessage(failure), showCancel: false });
    }
  }

  const actions = (place: PlaceSummary) => (
    <View className='staff-row-actions places__actions'>
      {place.level !== 'building' ? (
        <Button size='small' className='places__open' onClick={() => open(place)}>
          下级
        </Button>
      ) : null}
      <Button size='small' className='places__rename' onClick={() => setEditing({ kind: 'rename', place })}>
        改名
      </Button>
      {grandparent ? (
        <Button size='small' className='places__move' onClick={() => setEditing({ kind: 'move', place })}>
          移动
        </Button>
      ) : null}
      <Button size='small' className='places__retire' onClick={() => confirmRetire(place)}>
        撤销
      </Button>
    </View>
  );
  const columns: StaffColumn<PlaceSummary>[] = [
    {
      key: 'name',
      title: '名称',
      width: 1.5,
      render: (p) => (
        <Text className={p.level === 'building' ? '' : 'staff-link'} onClick={() => open(p)}>
          {p.name}
        </Text>
      ),
    },
    { key: 'level', title: '级别', width: 0.6, render: (p) => <Text>{PLACE_LEVEL_LABEL[p.level]}</Text> },
    { key: 'actions', title: '操作', width: 2, render: actions },
  ];

  return (
    <StaffPage
      title='地点管理'
      className='staff-places-page'
      actions={
        canAdd ? (
          <Button className='places__add' type='primary' size='small' onClick={() => setEditing({ kind: 'create' })}>
            新增{PLACE_LEVEL_LABEL[below]}
          </Button>
        ) : null
      }
    >
      {element}
      <View className='place-picker__path places__path'>
        {path.map((place, i) => (
          <Text
            key={place.id}
            className={`place-picker__step${i === path.length - 1 ? ' place-picker__step--current' : ''}`}
            onClick={() => {
              setPath(path.slice(0, i + 1));
              setPage(1);
            }}
          >
            {i > 0 ? ' › ' : ''}
            {place.name}
          </Text>
        ))}
      </View>
      <StaffTable
        className='places__table'
        query={query}
        columns={columns}
        rowKey={(p) => p.id}
        emptyText={`${current.name}下还没有${PLACE_LEVEL_LABEL[below]}`}
        onPage={setPage}
        renderCard={(p) => (
          <>
            <Text className='staff-card__title' onClick={() => open(p)}>
              {p.name}
            </Text>
            <CardLine label='级别'>{PLACE_LEVEL_LABEL[p.level]}</CardLine>
            {actions(p)}
          </>
        )}
      />
      {editing && editing.kind !== 'move' ? (
        <TextDialog
          visible
          title={
            editing?.kind === 'rename'
              ? `改名：${editing.place.name}`
              : `在${current.name}下新增${PLACE_LEVEL_LABEL[below]}`
          }
          label='名称'
          initial={editing?.kind === 'rename' ? editing.place.name : ''}
          placeholder={below === 'building' ? '例如：5号楼' : '例如：第五网格'}
          onSubmit={(name) =>
            editing?.kind === 'rename'
              ? rename.mutateAsync({ id: editing.place.id, name })
              : create.mutateAsync({ parentId: current.id, name })
          }
          onClose={() => setEditing(null)}
        />
      ) : null}
      {editing?.kind === 'move' && grandparent ? (
        <MoveDialog place={editing.place} from={current} under={grandparent} onClose={() => setEditing(null)} />
      ) : null}
    </StaffPage>
  );
}
