import '../../components/staff-desk.scss';
import '../../components/staff-points.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text } from '@tarojs/components';
import { POINTS_SOURCE_LABEL, type PointsRuleView } from '@tongxin/types';
import { useState } from 'react';

import { StaffPage } from '@/components/StaffPage';
import { CardLine, type StaffColumn, StaffTable } from '@/components/StaffTable';
import { usePointsRulesQuery } from '@/hooks/use-points-query';

import { type StaffCommunity, StaffCommunityPicker } from '../../components/staff-community';
import { RuleDialog } from './rule-dialog';

const cap = (value: number | null) => (value === null ? '不限' : `${value} 分`);

/** 积分规则: what a community pays for each kind of contribution, with daily and monthly caps per member. */
export default function StaffRulesPage() {
  const [community, setCommunity] = useState<StaffCommunity | null>(null);
  const [editing, setEditing] = useState<PointsRuleView | null>(null);
  const query = usePointsRulesQuery(community?.id ?? null);

  const edit = (rule: PointsRuleView) => (
    <Button size='small' className='rules__edit' onClick={() => setEditing(rule)}>
      修改
    </Button>
  );
  const columns: StaffColumn<PointsRuleView>[] = [
    { key: 'source', title: '来源', width: 1.3, render: (r) => <Text>{POINTS_SOURCE_LABEL[r.source]}</Text> },
    { key: 'points', title: '每次', render: (r) => <Text>{`${r.points} 分`}</Text> },
    { key: 'daily', title: '每日上限', render: (r) => <Text>{cap(r.dailyCap)}</Text> },
    { key: 'monthly', title: '每月上限', render: (r) => <Text>{cap(r.monthlyCap)}</Text> },
    { key: 'enabled', title: '状态', render: (r) => <Text>{r.enabled ? '启用' : '停用'}</Text> },
    { key: 'actions', title: '操作', width: 0.8, render: edit },
  ];

  return (
    <StaffPage title='积分规则' className='staff-rules-page'>
      <StaffCommunityPicker selected={community} onChange={setCommunity} />
      {community ? (
        <StaffTable
          className='rules__table'
          query={query}
          columns={columns}
          rowKey={(r) => r.source}
          emptyText='没有积分规则'
          renderCard={(r) => (
            <>
              <Text className='staff-card__title'>{`${POINTS_SOURCE_LABEL[r.source]} · ${r.enabled ? `${r.points} 分` : '停用'}`}</Text>
              <CardLine label='每日上限'>{cap(r.dailyCap)}</CardLine>
              <CardLine label='每月上限'>{cap(r.monthlyCap)}</CardLine>
              {edit(r)}
            </>
          )}
        />
      ) : null}
      {editing && community ? (
        <RuleDialog communityId={community.id} rule={editing} onClose={() => setEditing(null)} />
      ) : null}
    </StaffPage>
  );
}
