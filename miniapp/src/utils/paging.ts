import type { Page } from '@tongxin/types';

/** `getNextPageParam` of every paged list: the next page number while the server says there are more. */
export function nextPage(lastPage: Pick<Page<unknown>, 'page' | 'hasMore'>): number | undefined {
  return lastPage.hasMore ? lastPage.page + 1 : undefined;
}
