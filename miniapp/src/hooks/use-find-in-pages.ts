import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { Page } from '@tongxin/types';
import { useEffect } from 'react';

/**
 * The first item of a paged list that `matches`, loading further pages until it is found or the list ends. `searching`
 * while pages are still coming; `found` null once the list is exhausted without it.
 */
export function useFindInPages<T>(
  query: UseInfiniteQueryResult<InfiniteData<Page<T>>>,
  matches: (item: T) => boolean,
): { found: T | null; searching: boolean } {
  const found = query.data?.pages.flatMap((page) => page.items).find(matches) ?? null;
  const more = found === null && query.hasNextPage && !query.isFetchingNextPage && !query.isError;
  const { fetchNextPage } = query;
  useEffect(() => {
    if (more) void fetchNextPage();
  }, [more, fetchNextPage]);
  return { found, searching: query.isPending || (found === null && (query.hasNextPage || query.isFetchingNextPage)) };
}
