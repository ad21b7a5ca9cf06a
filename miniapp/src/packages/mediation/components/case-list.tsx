import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  DISPUTE_KIND_LABEL,
  MEDIATION_STATUS_LABEL,
  type MediationCaseSummary,
  type MediationStatus,
} from '@tongxin/types';

import { InfiniteList } from '@/components/InfiniteList';
import { ListState } from '@/components/ListState';
import { LoadMoreButton } from '@/components/LoadMoreButton';
import { type StaffColumn, StaffTable } from '@/components/StaffTable';
import { useDesk } from '@/hooks/use-desk';
import { type MediationListView, useMediationCasesQuery } from '@/hooks/use-mediation-query';
import { useRefreshOnPull } from '@/hooks/use-refresh-on-pull';
import { PagePath } from '@/routes';
import { formatDate, formatDateTime } from '@/utils/format-date';

const open = (row: MediationCaseSummary) => Taro.navigateTo({ url: PagePath.MediationDetail(row.id) });

function StatusTag({ row }: { row: MediationCaseSummary }) {
  return (
    <View className='case-card__tags'>
      <Text className={`case-status case-status--${row.status}`}>{MEDIATION_STATUS_LABEL[row.status]}</Text>
      {row.escalated ? <Text className='case-status case-status--escalated'>已超期</Text> : null}
    </View>
  );
}

/** One case of a list: kind, status, the two parties, the mediator and what is due next. */
export function CaseCard({ row }: { row: MediationCaseSummary }) {
  return (
    <View className='case-card' onClick={() => open(row)}>
      <View className='case-card__head'>
        <Text className='case-card__kind'>{DISPUTE_KIND_LABEL[row.kind]}</Text>
        <StatusTag row={row} />
      </View>
      <Text className='case-card__parties'>
        {row.requesterName} 与 {row.otherPartyName}
      </Text>
      <Text className='case-card__meta'>
        {row.communityName} · 调解员：{row.mediatorName ?? '待指派'}
      </Text>
      <Text className='case-card__meta'>
        申请于 {formatDate(row.createdAt)}
        {row.dueAt ? ` · 应于 ${formatDateTime(row.dueAt)} 前办理` : ''}
      </Text>
    </View>
  );
}

const COLUMNS: StaffColumn<MediationCaseSummary>[] = [
  { key: 'kind', title: '纠纷类型', render: (r) => <Text>{DISPUTE_KIND_LABEL[r.kind]}</Text> },
  { key: 'status', title: '状态', render: (r) => <StatusTag row={r} /> },
  {
    key: 'parties',
    title: '当事人',
    width: 1.6,
    render: (r) => <Text>{`${r.requesterName} 与 ${r.otherPartyName}`}</Text>,
  },
  { key: 'mediator', title: '调解员', render: (r) => <Text>{r.mediatorName ?? '待指派'}</Text> },
  { key: 'createdAt', title: '申请日期', render: (r) => <Text>{formatDate(r.createdAt)}</Text> },
  { key: 'dueAt', title: '办理期限', render: (r) => <Text>{r.dueAt ? formatDateTime(r.dueAt) : '—'}</Text> },
  {
    key: 'open',
    title: '',
    width: 0.6,
    render: (r) => (
      <Text className='staff-link case-table__open' onClick={() => open(r)}>
        查看
      </Text>
    ),
  },
];

interface CaseListProps {
  view: MediationListView;
  status: MediationStatus | null;
  emptyText: string;
}

/**
 * A view's cases in pages of 20: cards on a phone (more as the page scrolls), a table at a desk (加载更多 under
 * it); pull to refresh, and loading, empty, error-with-retry and end states on both.
 */
export function CaseList({ view, status, emptyText }: CaseListProps) {
  const query = useMediationCasesQuery(view, status);
  const desk = useDesk();
  if (!desk) {
    return (
      <InfiniteList<MediationCaseSummary>
        className='case-list'
        query={query}
        emptyText={emptyText}
        renderItem={(row) => <CaseCard key={row.id} row={row} />}
      />
    );
  }
  return <DeskCaseTable query={query} emptyText={emptyText} />;
}

function DeskCaseTable({ query, emptyText }: { query: ReturnType<typeof useMediationCasesQuery>; emptyText: string }) {
  useRefreshOnPull(query);
  const rows = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <View className='case-table'>
      <StaffTable
        query={{
          data: rows,
          error: query.error,
          isPending: query.isPending,
          isError: query.isError && !query.isFetchNextPageError,
          isFetching: query.isFetching,
          refetch: query.refetch,
        }}
        columns={COLUMNS}
        rowKey={(r) => r.id}
        emptyText={emptyText}
        renderCard={(r) => <CaseCard row={r} />}
      />
      {rows.length > 0 ? (
        <LoadMoreButton
          className='case-table__more'
          query={query}
          end={<ListState variant='end' text={`共 ${query.data?.pages[0]?.total ?? rows.length} 件`} />}
        />
      ) : null}
    </View>
  );
}
