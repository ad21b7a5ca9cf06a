export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Query of every list endpoint. `page` starts at 1. */
export interface PageQuery {
  page?: number;
  pageSize?: number;
}

/** Response of every list endpoint. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  hasMore: boolean;
}
