import '../../components/staff-desk.scss';
import '../../components/staff-points.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text } from '@tarojs/components';
import type { DriftedMember } from '@tongxin/types';
import { useState } from 'react';

import { StaffPage } from '@/components/StaffPage';
import { CardLine, type StaffColumn, StaffTable } from '@/components/StaffTable';
import { useReconciliationQuery } from '@/hooks/use-points-query';
import { formatDateTime } from '@/utils/format-date';

import { type StaffCommunity, StaffCommunityPicker } from '../../components/staff-community';

const difference = (m: DriftedMember) => {
  const d = m.balance - m.ledgerSum;
  return `${d > 0 ? '+' : ''}${d}`;
};

/** 积分对账 (street admins): members of a community whose balance is not the sum of their points records. */
export default function StaffReconcilePage() {
  const [community, setCommunity] = useState<StaffCommunity | null>(null);
  const [run, setRun] = useState(0);
  const [page, setPage] = useState(1);
  const query = useReconciliationQuery(community?.id ?? null, page, run > 0);
  const report = query.data;

  const columns: StaffColumn<DriftedMember>[] = [
    { key: 'nickname', title: '成员', render: (m) => <Text>{m.nickname}</Text> },
    { key: 'home', title: '住址', render: (m) => <Text>{m.homeName ?? '—'}</Text> },
    { key: 'balance', title: '账户余额', render: (m) => <Text>{m.balance}</Text> },
    { key: 'ledger', title: '流水合计', render: (m) => <Text>{m.ledgerSum}</Text> },
    { key: 'difference', title: '差额', render: (m) => <Text>{difference(m)}</Text> },
  ];

  return (
    <StaffPage title='积分对账' className='staff-reconcile-page'>
      <StaffCommunityPicker
        selected={community}
        onChange={(next) => {
          setCommunity(next);
          setRun(0);
          setPage(1);
        }}
      />
      {community ? (
        <Button
          className='reconcile__run'
          type='primary'
          loading={query.isFetching}
          onClick={() => {
            setPage(1);
            if (run > 0) query.refetch();
            setRun((n) => n + 1);
          }}
        >
          {run > 0 ? '重新对账' : '开始对账'}
        </Button>
      ) : null}
      {run > 0 && report ? (
        <Text className='staff-summary reconcile__summary'>
          {`${report.communityName}：核对 ${report.members} 名成员，${report.total === 0 ? '余额与流水全部一致' : `${report.total} 人不一致`}（${formatDateTime(report.checkedAt)}）`}
        </Text>
      ) : null}
      {run > 0 ? (
        <StaffTable
          className='reconcile__table'
          query={query}
          columns={columns}
          rowKey={(m) => m.memberId}
          emptyText='没有不一致的账户'
          onPage={setPage}
          renderCard={(m) => (
            <>
              <Text className='staff-card__title'>{`${m.nickname} · 差额 ${difference(m)}`}</Text>
              <CardLine label='住址'>{m.homeName ?? '—'}</CardLine>
              <CardLine label='账户余额'>{m.balance}</CardLine>
              <CardLine label='流水合计'>{m.ledgerSum}</CardLine>
            </>
          )}
        />
      ) : null}
    </StaffPage>
  );
}
