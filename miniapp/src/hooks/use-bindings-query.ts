import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { BindingStatus, DEFAULT_PAGE_SIZE } from '@tongxin/types';

import { listBindings, rejectBinding, verifyBinding } from '@/services/bindings';
import { nextPage } from '@/utils/paging';

/** Staff review of home bindings. Rule: verify/reject invalidates `bindingKeys.all`. */
export const bindingKeys = {
  all: ['bindings'] as const,
  pending: () => [...bindingKeys.all, 'pending'] as const,
};

export function usePendingBindingsQuery() {
  return useInfiniteQuery({
    queryKey: bindingKeys.pending(),
    queryFn: ({ pageParam }) =>
      listBindings({ status: BindingStatus.Pending, page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}

export function useVerifyBindingMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => verifyBinding(id),
    onSuccess: () => client.invalidateQueries({ queryKey: bindingKeys.all }),
  });
}

export function useRejectBindingMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => rejectBinding(id, { reason }),
    onSuccess: () => client.invalidateQueries({ queryKey: bindingKeys.all }),
  });
}
