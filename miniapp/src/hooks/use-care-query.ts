import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type CareRecordView,
  type CreateCareCategoryRequest,
  DEFAULT_PAGE_SIZE,
  type ListCareRecordsQuery,
} from '@tongxin/types';

import { createCareCategory, getCareRecord, listCareCategories, listCareRecords } from '@/services/care';

/** 在册 (active, overdue first), 待走访 (due or overdue) or 已结案. */
export type CareFilter = 'active' | 'due' | 'closed';

const QUERY_OF: Record<CareFilter, ListCareRecordsQuery> = {
  active: { status: 'active' },
  due: { status: 'active', due: true },
  closed: { status: 'closed' },
};

/**
 * 帮扶台账. Rule: a change to a record (登记, 编辑, 走访, 转为需求, 结案) puts the answered record into its detail key
 * (or invalidates it) and invalidates `careKeys.lists` — the lists and the 待走访 count. Category additions
 * invalidate `careKeys.categories`. Nothing here is shared between users: the cache is cleared on login and logout.
 */
export const careKeys = {
  all: ['care'] as const,
  lists: () => [...careKeys.all, 'list'] as const,
  list: (filter: CareFilter, page: number) => [...careKeys.lists(), filter, page] as const,
  dueCount: () => [...careKeys.lists(), 'due-count'] as const,
  detail: (id: string) => [...careKeys.all, 'detail', id] as const,
  categories: (communityId: string) => [...careKeys.all, 'categories', communityId] as const,
};

/** One page of the caller's records (a desk's table pages; a phone's cards page the same way). */
export function useCareRecordsQuery(filter: CareFilter, page: number) {
  return useQuery({
    queryKey: careKeys.list(filter, page),
    queryFn: () => listCareRecords({ ...QUERY_OF[filter], page, pageSize: DEFAULT_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

/** How many of the caller's households are due a visit (one row asked for: the total is the answer). */
export function useCareDueCountQuery(enabled: boolean) {
  return useQuery({
    queryKey: careKeys.dueCount(),
    queryFn: async () => (await listCareRecords({ ...QUERY_OF.due, page: 1, pageSize: 1 })).total,
    enabled,
    staleTime: 60_000,
  });
}

export function useCareRecordQuery(id: string) {
  return useQuery({ queryKey: careKeys.detail(id), queryFn: () => getCareRecord(id), enabled: id !== '' });
}

export function useCareCategoriesQuery(communityId: string | null) {
  return useQuery({
    queryKey: careKeys.categories(communityId ?? ''),
    queryFn: () => listCareCategories(communityId ?? ''),
    enabled: communityId !== null,
    staleTime: 5 * 60_000,
  });
}

export function useCreateCareCategoryMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCareCategoryRequest) => createCareCategory(body),
    onSuccess: (_category, body) => client.invalidateQueries({ queryKey: careKeys.categories(body.communityId) }),
  });
}

/** A call that answers with the whole record: its detail is replaced and the lists refetch. */
export function useCareRecordMutation<Input>(send: (input: Input) => Promise<CareRecordView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (view) => {
      client.setQueryData(careKeys.detail(view.id), view);
      return client.invalidateQueries({ queryKey: careKeys.lists() });
    },
  });
}

/** A call about one record that answers with something else (a visit, a need): the record and lists refetch. */
export function useCareChangeMutation<Input, Output>(recordId: string, send: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all(
        [careKeys.detail(recordId), careKeys.lists()].map((queryKey) => client.invalidateQueries({ queryKey })),
      ),
  });
}
