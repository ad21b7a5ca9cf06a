import './staff-table.scss';

import type { UseQueryResult } from '@tanstack/react-query';
import { Text, View } from '@tarojs/components';
import type { Page } from '@tongxin/types';
import type { ReactNode } from 'react';

import { ListState } from '@/components/ListState';
import { useDesk } from '@/hooks/use-desk';
import { errorMessage } from '@/services/api-error';

import { Pager } from './pager';

export interface StaffColumn<T> {
  key: string;
  title: string;
  render: (row: T) => ReactNode;
  /** Offered as a sort: a click on the header asks for it (again: the other way, when `descendable`). */
  sortable?: boolean;
  /** Relative width at a desk (CSS grid fr); 1 when left out. */
  width?: number;
}

export interface StaffSort {
  key: string;
  descending: boolean;
}

interface StaffTableProps<T> {
  /** A page of rows from the server, or every row (`rows`) for a short list the page sorts itself. */
  query: Pick<UseQueryResult<Page<T> | T[]>, 'data' | 'error' | 'isPending' | 'isError' | 'isFetching'> & {
    refetch: () => unknown;
  };
  columns: StaffColumn<T>[];
  rowKey: (row: T) => string;
  /** The phone's card for one row. */
  renderCard: (row: T) => ReactNode;
  emptyText: string;
  sort?: StaffSort;
  onSort?: (sort: StaffSort) => void;
  /** Paged lists: the page shown and how to show another. */
  onPage?: (page: number) => void;
  className?: string;
}

/**
 * A staff list: at a desk a table with sortable headers and page controls, on a phone the page's cards (with the
 * same page controls), and loading, empty and error-with-retry states on both.
 */
export function StaffTable<T>(props: StaffTableProps<T>) {
  const { query, columns, rowKey, renderCard, emptyText, sort, onSort, onPage, className } = props;
  const desk = useDesk();
  if (query.isPending) return <ListState variant='loading' />;
  if (query.isError) {
    return <ListState variant='error' detail={errorMessage(query.error)} onRetry={() => query.refetch()} />;
  }
  const data = query.data;
  const rows = Array.isArray(data) ? data : (data?.items ?? []);
  if (rows.length === 0) return <ListState variant='empty' text={emptyText} />;
  const page = data && !Array.isArray(data) ? data : null;
  const classes = ['staff-table', desk ? 'staff-table--desk' : 'staff-table--cards', className ?? '']
    .filter(Boolean)
    .join(' ');
  const template = columns.map((c) => `minmax(0, ${c.width ?? 1}fr)`).join(' ');
  return (
    <View className={classes}>
      {desk ? (
        <View className='staff-table__grid' style={{ gridTemplateColumns: template }}>
          {columns.map((column) => (
            <HeaderCell key={column.key} column={column} sort={sort} onSort={onSort} />
          ))}
          {rows.map((row) =>
            columns.map((column) => (
              <View
                key={`${rowKey(row)}:${column.key}`}
                className={`staff-table__cell staff-table__cell--${column.key}`}
              >
                {column.render(row)}
              </View>
            )),
          )}
        </View>
      ) : (
        <View className='staff-table__cards'>
          {rows.map((row) => (
            <View key={rowKey(row)} className='staff-card'>
              {renderCard(row)}
            </View>
          ))}
        </View>
      )}
      {page && onPage ? <Pager page={page} busy={query.isFetching} onPage={onPage} /> : null}
    </View>
  );
}

function HeaderCell<T>({
  column,
  sort,
  onSort,
}: {
  column: StaffColumn<T>;
  sort?: StaffSort;
  onSort?: (sort: StaffSort) => void;
}) {
  const active = sort?.key === column.key;
  const arrow = active ? (sort?.descending ? ' ▼' : ' ▲') : column.sortable ? ' ⇅' : '';
  const clickable = column.sortable && onSort;
  return (
    <View
      className={`staff-table__head${clickable ? ' staff-table__head--sortable' : ''}${active ? ' staff-table__head--active' : ''}`}
      onClick={
        clickable ? () => onSort({ key: column.key, descending: active ? !sort?.descending : false }) : undefined
      }
    >
      <Text>
        {column.title}
        {arrow}
      </Text>
    </View>
  );
}

/** One labelled line of a phone card. */
export function CardLine({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className='staff-card__line'>
      <Text className='staff-card__label'>{label}</Text>
      <View className='staff-card__value'>{children}</View>
    </View>
  );
}

export { Pager };
