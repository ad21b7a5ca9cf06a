import { Button } from '@nutui/nutui-react-taro';

/** The part of a react-query infinite query the button needs. */
export interface MorePages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => unknown;
}

/**
 * 加载更多 for lists inside a form or dialog (where scrolling to the end cannot load the next page): shown while
 * there are more pages, a retry text after a failed page, nothing (or `end`) after the last one.
 */
export function LoadMoreButton({
  query,
  className,
  end = null,
}: {
  query: MorePages;
  className?: string;
  end?: React.ReactNode;
}) {
  if (!query.hasNextPage) return <>{end}</>;
  return (
    <Button
      className={className}
      fill='none'
      loading={query.isFetchingNextPage}
      onClick={() => void query.fetchNextPage()}
    >
      {query.isFetchNextPageError ? '加载失败，点此重试' : '加载更多'}
    </Button>
  );
}
