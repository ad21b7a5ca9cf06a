import '../../components/staff-desk.scss';

import { Text } from '@tarojs/components';
import { AUDIT_ACTION_LABEL, type AuditLogEntry } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { StaffPage } from '@/components/StaffPage';
import { CardLine, type StaffColumn, StaffTable } from '@/components/StaffTable';
import { useAuditLogsQuery } from '@/hooks/use-audit-query';
import { formatDateTime } from '@/utils/format-date';

import { describeDetails, type RangeKey, rangeOf } from './audit-filters';

const ACTIONS = ['role.grant', 'role.revoke', 'pii.view', 'binding.verify', 'points.award', 'points.rule.update'];
const RANGES: { value: RangeKey; label: string }[] = [
  { value: 'all', label: '全部时间' },
  { value: 'today', label: '今天' },
  { value: 'week', label: '近 7 天' },
  { value: 'month', label: '近 30 天' },
];

const actionLabel = (action: string) => AUDIT_ACTION_LABEL[action] ?? action;

/** 操作日志: what staff did on the caller's places (the API keeps the rest out), by action and day, newest first. */
export default function StaffAuditPage() {
  const [action, setAction] = useState('all');
  const [range, setRange] = useState<RangeKey>('all');
  const [page, setPage] = useState(1);
  const query = useAuditLogsQuery({ action: action === 'all' ? undefined : action, ...rangeOf(range), page });

  const columns: StaffColumn<AuditLogEntry>[] = [
    { key: 'createdAt', title: '时间', render: (a) => <Text>{formatDateTime(a.createdAt)}</Text> },
    { key: 'actor', title: '操作人', render: (a) => <Text>{a.actorNickname || '—'}</Text> },
    { key: 'action', title: '操作', render: (a) => <Text>{actionLabel(a.action)}</Text> },
    { key: 'place', title: '地点', render: (a) => <Text>{a.placeName || '—'}</Text> },
    { key: 'details', title: '详情', width: 1.6, render: (a) => <Text>{describeDetails(a)}</Text> },
  ];

  return (
    <StaffPage title='操作日志' className='staff-audit-page'>
      <ChoiceChips
        className='staff-chips audit__actions'
        options={[{ value: 'all', label: '全部操作' }, ...ACTIONS.map((a) => ({ value: a, label: actionLabel(a) }))]}
        selected={[action]}
        onChange={([value]) => {
          setAction(value ?? 'all');
          setPage(1);
        }}
      />
      <ChoiceChips
        className='staff-chips audit__ranges'
        options={RANGES}
        selected={[range]}
        onChange={([value]) => {
          setRange((value as RangeKey | undefined) ?? 'all');
          setPage(1);
        }}
      />
      <StaffTable
        className='audit__table'
        query={query}
        columns={columns}
        rowKey={(a) => a.id}
        emptyText='没有符合条件的操作记录'
        onPage={setPage}
        renderCard={(a) => (
          <>
            <Text className='staff-card__title'>{`${actionLabel(a.action)} · ${a.actorNickname || '—'}`}</Text>
            <CardLine label='时间'>{formatDateTime(a.createdAt)}</CardLine>
            <CardLine label='地点'>{a.placeName || '—'}</CardLine>
            <CardLine label='详情'>{describeDetails(a)}</CardLine>
          </>
        )}
      />
    </StaffPage>
  );
}
