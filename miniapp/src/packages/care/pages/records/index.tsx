import '../../components/care.scss';

import { Button } from '@nutui/nutui-react-taro';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import type { CareRecordSummary } from '@tongxin/types';
import { useState } from 'react';

import { ChoiceChips } from '@/components/ChoiceChips';
import { ListState } from '@/components/ListState';
import { LoginPrompt } from '@/components/LoginPrompt';
import { StaffPage } from '@/components/StaffPage';
import { CardLine, type StaffColumn, StaffTable } from '@/components/StaffTable';
import { type CareFilter, useCareRecordsQuery } from '@/hooks/use-care-query';
import { useRefreshOnPull } from '@/hooks/use-refresh-on-pull';
import { PagePath } from '@/routes';
import { useSessionUser } from '@/stores/session';

import { careErrorMessage } from '../../components/care-copy';
import { VisitDueChip } from '../../components/visit-due-chip';

const FILTERS: { value: CareFilter; label: string }[] = [
  { value: 'active', label: '在册' },
  { value: 'due', label: '待走访' },
  { value: 'closed', label: '已结案' },
];

const EMPTY_TEXT: Record<CareFilter, string> = {
  active: '还没有登记帮扶对象，点“登记”添加',
  due: '没有待走访的住户',
  closed: '没有已结案的记录',
};

const open = (row: CareRecordSummary) => Taro.navigateTo({ url: PagePath.CareDetail(row.id) });

const categoriesText = (row: CareRecordSummary) => row.categories.join('、') || '—';

const COLUMNS: StaffColumn<CareRecordSummary>[] = [
  { key: 'person', title: '帮扶对象', render: (r) => <Text>{r.personName}</Text> },
  { key: 'household', title: '住址', width: 1.4, render: (r) => <Text>{`${r.gridName} · ${r.household}`}</Text> },
  { key: 'categories', title: '分类', width: 1.4, render: (r) => <Text>{categoriesText(r)}</Text> },
  { key: 'visit', title: '走访', render: (r) => <VisitDueChip record={r} /> },
  { key: 'safety', title: '平安打卡', width: 0.8, render: (r) => <Text>{r.safetyCheck ? '已开通' : '—'}</Text> },
  { key: 'responsible', title: '网格员', render: (r) => <Text>{r.responsibleName ?? '—'}</Text> },
  {
    key: 'open',
    title: '',
    width: 0.6,
    render: (r) => (
      <Text className='staff-link care-table__open' onClick={() => open(r)}>
        查看
      </Text>
    ),
  },
];

/** One household on a phone: masked name and door, the visit chip, categories, grid worker. */
function RecordCard({ row }: { row: CareRecordSummary }) {
  return (
    <View className='care-card' onClick={() => open(row)}>
      <View className='care-card__head'>
        <Text className='staff-card__title care-card__name'>{`${row.personName} · ${row.household}`}</Text>
        <VisitDueChip record={row} />
      </View>
      <CardLine label='网格'>{row.gridName}</CardLine>
      <CardLine label='分类'>{categoriesText(row)}</CardLine>
      <CardLine label='网格员'>{row.responsibleName ?? '—'}</CardLine>
      {row.safetyCheck ? <CardLine label='平安打卡'>已开通</CardLine> : null}
    </View>
  );
}

function Records() {
  const [filter, setFilter] = useState<CareFilter>('active');
  const [page, setPage] = useState(1);
  const query = useCareRecordsQuery(filter, page);
  useRefreshOnPull(query);
  // A visit logged or a record changed on another page since this one was shown.
  useDidShow(() => {
    if (!query.isFetching) void query.refetch();
  });
  return (
    <>
      <ChoiceChips
        className='staff-chips care-records__filters'
        options={FILTERS}
        selected={[filter]}
        onChange={([value]) => {
          setFilter((value as CareFilter | undefined) ?? 'active');
          setPage(1);
        }}
      />
      {query.isError ? (
        // 无权限 reads better in the register's own words than the generic failure.
        <ListState variant='error' detail={careErrorMessage(query.error)} onRetry={() => query.refetch()} />
      ) : (
        <StaffTable
          className='care-records__table'
          query={query}
          columns={COLUMNS}
          rowKey={(r) => r.id}
          emptyText={EMPTY_TEXT[filter]}
          onPage={setPage}
          renderCard={(r) => <RecordCard row={r} />}
        />
      )}
      <Text className='form-hint care-records__note'>
        逾期的排在最前；名单中姓名已打码，打开记录可见全名（查看会留痕）
      </Text>
    </>
  );
}

/** 帮扶台账: the caller's households in need, overdue visits first, with 待走访 and 已结案 filters and 登记. */
export default function CareRecordsPage() {
  const user = useSessionUser();
  return (
    <StaffPage
      title='帮扶台账'
      className='care-records-page'
      actions={
        user ? (
          <Button
            className='care-records__add'
            type='primary'
            size='small'
            onClick={() => Taro.navigateTo({ url: PagePath.CareEdit() })}
          >
            ＋ 登记
          </Button>
        ) : null
      }
    >
      {user ? <Records /> : <LoginPrompt text='登录后使用帮扶台账' />}
    </StaffPage>
  );
}
