import '../../components/staff-desk.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  type GrantSort,
  PLACE_LEVEL_LABEL,
  type PlaceRef,
  type Role,
  ROLE_LABEL,
  type RoleGrantRow,
} from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { StaffPage } from '@/components/StaffPage';
import { CardLine, type StaffColumn, type StaffSort, StaffTable } from '@/components/StaffTable';
import { useGrantsQuery, useRevokeGrantMutation } from '@/hooks/use-grants-query';
import { errorMessage } from '@/services/api-error';
import { formatDateTime } from '@/utils/format-date';

import { useAdminRoot } from '../../components/admin-root';
import { grantableRoles } from '../../components/admin-scope';
import { PlacePicker } from '../../components/place-picker';
import { GrantDialog } from './grant-dialog';

const SORTS: Record<string, (descending: boolean) => GrantSort> = {
  grantedAt: (descending) => (descending ? '-grantedAt' : 'grantedAt'),
  nickname: () => 'nickname',
  role: () => 'role',
  place: () => 'place',
};

/** 人员与角色: who holds which role where under the caller's place; grant by phone or from the directory, revoke. */
export default function StaffPeoplePage() {
  const { root, element } = useAdminRoot();
  const [role, setRole] = useState<Role | 'all'>('all');
  const [sort, setSort] = useState<StaffSort>({ key: 'grantedAt', descending: true });
  const [page, setPage] = useState(1);
  const [granting, setGranting] = useState(false);
  const [walked, setWalked] = useState<PlaceRef[]>([]);
  // The place whose roles are listed (and everything under it): the admin's own unless they walked down.
  const path = root && walked[0]?.id === root.id ? walked : root ? [root] : [];
  const place = path[path.length - 1] ?? null;
  const query = useGrantsQuery(
    root && place
      ? {
          placeId: place.id,
          includeBelow: true,
          role: role === 'all' ? undefined : role,
          sort: SORTS[sort.key](sort.descending),
          page,
        }
      : null,
  );
  const revoke = useRevokeGrantMutation();

  async function confirmRevoke(grant: RoleGrantRow): Promise<void> {
    const { confirm } = await Taro.showModal({
      title: '撤销角色',
      content: `撤销 ${grant.nickname} 在 ${grant.placeName} 的「${ROLE_LABEL[grant.role]}」角色？`,
      confirmText: '撤销',
    });
    if (!confirm) return;
    try {
      await revoke.mutateAsync(grant.id);
      Taro.showToast({ title: '已撤销', icon: 'success' });
    } catch (failure) {
      Taro.showToast({ title: errorMessage(failure), icon: 'none' });
    }
  }

  // Only roles ranked below the admin's can be taken back by them (the API refuses the others).
  const revokeButton = (grant: RoleGrantRow) =>
    root && grantableRoles(root.role).includes(grant.role) ? (
      <Button className='people__revoke' size='small' onClick={() => confirmRevoke(grant)}>
        撤销
      </Button>
    ) : null;
  const columns: StaffColumn<RoleGrantRow>[] = [
    { key: 'nickname', title: '姓名', sortable: true, render: (g) => <Text>{g.nickname}</Text> },
    { key: 'phone', title: '手机号', render: (g) => <Text>{g.phone ?? '未绑定'}</Text> },
    { key: 'role', title: '角色', sortable: true, render: (g) => <Text>{ROLE_LABEL[g.role]}</Text> },
    {
      key: 'place',
      title: '地点',
      sortable: true,
      width: 1.5,
      render: (g) => <Text>{`${g.placeName}（${PLACE_LEVEL_LABEL[g.placeLevel]}）`}</Text>,
    },
    { key: 'grantedAt', title: '授予时间', sortable: true, render: (g) => <Text>{formatDateTime(g.grantedAt)}</Text> },
    { key: 'actions', title: '操作', width: 0.7, render: revokeButton },
  ];

  if (!root) {
    return (
      <StaffPage title='人员与角色' className='staff-people-page'>
        {element}
      </StaffPage>
    );
  }
  const roles = grantableRoles(root.role);
  return (
    <StaffPage
      title='人员与角色'
      className='staff-people-page'
      actions={
        <Button className='people__grant' type='primary' size='small' onClick={() => setGranting(true)}>
          授予角色
        </Button>
      }
    >
      {element}
      <View className='people__places'>
        <PlacePicker
          path={path}
          onChange={(next) => {
            setWalked(next);
            setPage(1);
          }}
        />
      </View>
      <ChoiceChips
        className='staff-chips people__roles'
        options={[{ value: 'all', label: '全部角色' }, ...roles.map((r) => ({ value: r, label: ROLE_LABEL[r] }))]}
        selected={[role]}
        onChange={([value]) => {
          setRole((value as Role | 'all' | undefined) ?? 'all');
          setPage(1);
        }}
      />
      <StaffTable
        className='people__table'
        query={query}
        columns={columns}
        rowKey={(g) => g.id}
        emptyText='这里还没有人被授予角色'
        sort={sort}
        onSort={(next) => {
          setSort(next);
          setPage(1);
        }}
        onPage={setPage}
        renderCard={(g) => (
          <>
            <Text className='staff-card__title'>{`${g.nickname} · ${ROLE_LABEL[g.role]}`}</Text>
            <CardLine label='手机号'>{g.phone ?? '未绑定'}</CardLine>
            <CardLine label='地点'>{g.placeName}</CardLine>
            <CardLine label='授予时间'>{formatDateTime(g.grantedAt)}</CardLine>
            <Text className='staff-card__actions'>{revokeButton(g)}</Text>
          </>
        )}
      />
      {granting ? <GrantDialog visible root={root} roles={roles} onClose={() => setGranting(false)} /> : null}
    </StaffPage>
  );
}
