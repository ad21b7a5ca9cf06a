import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { View } from '@tarojs/components';
import { useReachBottom } from '@tarojs/taro';
import type { Page } from '@tongxin/types';
import type { ReactNode } from 'react';

import { ListState } from '@/components/ListState';
import { useRefreshOnPull } from '@/hooks/use-refresh-on-pull';
import { errorMessage } from '@/services/api-error';

interface InfiniteListProps<T> {
  query: UseInfiniteQueryResult<InfiniteData<Page<T>>>;
  renderItem: (item: T) => ReactNode;
  emptyText: string;
  className?: string;
}

/**
 * A list in pages of 20 with loading, empty, error-with-retry and end states, driven by the page's
 * pull-down-refresh and reach-bottom events (the page config must set enablePullDownRefresh).
 */
export function InfiniteList<T>({ query, renderItem, emptyText, className }: InfiniteListProps<T>) {
  const { data, error, hasNextPage, isFetchingNextPage, isFetchNextPageError, isPending, isError } = query;

  useRefreshOnPull(query);

  useReachBottom(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) query.fetchNextPage();
  });

  if (isPending) return <ListState variant='loading' />;
  if (isError && !isFetchNextPageError) {
    return <ListState variant='error' detail={errorMessage(error)} onRetry={() => query.refetch()} />;
  }

  const items = data?.pages.flatMap((page) => page.items) ?? [];
  if (items.length === 0) return <ListState variant='empty' text={emptyText} />;

  return (
    <View className={['infinite-list', className ?? ''].filter(Boolean).join(' ')}>
      {items.map(renderItem)}
      {isFetchingNextPage ? <ListState variant='loading' text='正在加载更多…' /> : null}
      {isFetchNextPageError ? (
        <ListState variant='error' detail={errorMessage(error)} onRetry={() => query.fetchNextPage()} />
      ) : null}
      {!hasNextPage && !isFetchingNextPage ? <ListState variant='end' /> : null}
    </View>
  );
}
