import '../../components/staff-desk.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { PLACE_UNIT_KIND_LABEL, type PlaceUnitKind, type PlaceUnitSummary } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { StaffPage } from '@/components/StaffPage';
import { CardLine, type StaffColumn, StaffTable } from '@/components/StaffTable';
import { useRetireUnitMutation, useUnitsPage } from '@/hooks/use-place-admin-query';
import { errorMessage } from '@/services/api-error';

import { useAdminRoot } from '../../components/admin-root';
import { UnitDialog } from './unit-dialog';

const KINDS = Object.keys(PLACE_UNIT_KIND_LABEL) as PlaceUnitKind[];

const contactOf = (u: PlaceUnitSummary) => [u.contactName, u.contactPhone].filter(Boolean).join(' ') || '—';

/** 站点与共建单位: the stations (所/站/点/角), co-building units and businesses of the caller's places, by kind. */
export default function StaffUnitsPage() {
  const { root, element } = useAdminRoot();
  const [kind, setKind] = useState<PlaceUnitKind | 'all'>('all');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<PlaceUnitSummary | 'new' | null>(null);
  const query = useUnitsPage(root?.id ?? null, kind === 'all' ? undefined : kind, page);
  const retire = useRetireUnitMutation();

  if (!root) {
    return (
      <StaffPage title='站点与共建单位' className='staff-units-page'>
        {element}
      </StaffPage>
    );
  }

  async function confirmRetire(unit: PlaceUnitSummary): Promise<void> {
    const { confirm } = await Taro.showModal({
      title: '撤销',
      content: `撤销「${unit.name}」？撤销后居民不再看到它。`,
      confirmText: '撤销',
    });
    if (!confirm) return;
    try {
      await retire.mutateAsync(unit.id);
      Taro.showToast({ title: '已撤销', icon: 'success' });
    } catch (failure) {
      Taro.showToast({ title: errorMessage(failure), icon: 'none' });
    }
  }

  const actions = (u: PlaceUnitSummary) => (
    <View className='staff-row-actions units__actions'>
      <Button size='small' className='units__edit' onClick={() => setEditing(u)}>
        编辑
      </Button>
      <Button size='small' className='units__retire' onClick={() => confirmRetire(u)}>
        撤销
      </Button>
    </View>
  );
  const columns: StaffColumn<PlaceUnitSummary>[] = [
    { key: 'name', title: '名称', width: 2, render: (u) => <Text>{u.name}</Text> },
    { key: 'kind', title: '类型', render: (u) => <Text>{PLACE_UNIT_KIND_LABEL[u.kind]}</Text> },
    { key: 'place', title: '所在地点', render: (u) => <Text>{u.placeName}</Text> },
    { key: 'hours', title: '开放时间', width: 1.4, render: (u) => <Text>{u.openingHours ?? '—'}</Text> },
    { key: 'contact', title: '联系人 / 电话', width: 1.4, render: (u) => <Text>{contactOf(u)}</Text> },
    { key: 'actions', title: '操作', width: 1.2, render: actions },
  ];

  return (
    <StaffPage
      title='站点与共建单位'
      className='staff-units-page'
      actions={
        <Button className='units__add' type='primary' size='small' onClick={() => setEditing('new')}>
          新增
        </Button>
      }
    >
      {element}
      <ChoiceChips
        className='staff-chips units__kinds'
        options={[
          { value: 'all', label: '全部' },
          ...KINDS.map((k) => ({ value: k, label: PLACE_UNIT_KIND_LABEL[k] })),
        ]}
        selected={[kind]}
        onChange={([value]) => {
          setKind((value as PlaceUnitKind | 'all' | undefined) ?? 'all');
          setPage(1);
        }}
      />
      <StaffTable
        className='units__table'
        query={query}
        columns={columns}
        rowKey={(u) => u.id}
        emptyText='还没有登记站点或单位'
        onPage={setPage}
        renderCard={(u) => (
          <>
            <Text className='staff-card__title'>{u.name}</Text>
            <CardLine label='类型'>{PLACE_UNIT_KIND_LABEL[u.kind]}</CardLine>
            <CardLine label='所在地点'>{u.placeName}</CardLine>
            <CardLine label='服务内容'>{u.services ?? '—'}</CardLine>
            <CardLine label='开放时间'>{u.openingHours ?? '—'}</CardLine>
            <CardLine label='联系人'>{contactOf(u)}</CardLine>
            <CardLine label='地址'>{u.address ?? '—'}</CardLine>
            {actions(u)}
          </>
        )}
      />
      {editing ? (
        <UnitDialog root={root} unit={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </StaffPage>
  );
}
