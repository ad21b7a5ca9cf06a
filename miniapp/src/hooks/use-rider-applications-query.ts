import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { ApplicationStatus, DEFAULT_PAGE_SIZE } from '@tongxin/types';

import {
  approveRiderApplication,
  createRiderApplication,
  listMyRiderApplications,
  listRiderApplications,
  rejectRiderApplication,
} from '@/services/rider-applications';
import { nextPage } from '@/utils/paging';

import { meKeys } from './use-me-query';

/**
 * Rider applications. Rule: every mutation invalidates `riderApplicationKeys.all`; approval also
 * invalidates `meKeys.all`, since it grants a role.
 */
export const riderApplicationKeys = {
  all: ['rider-applications'] as const,
  mine: () => [...riderApplicationKeys.all, 'mine'] as const,
  pending: () => [...riderApplicationKeys.all, 'pending'] as const,
};

export function useMyRiderApplicationsQuery() {
  return useInfiniteQuery({
    queryKey: riderApplicationKeys.mine(),
    queryFn: ({ pageParam }) => listMyRiderApplications({ page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}

export function useCreateRiderApplicationMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createRiderApplication,
    onSuccess: () => client.invalidateQueries({ queryKey: riderApplicationKeys.all }),
  });
}

export function usePendingRiderApplicationsQuery() {
  return useInfiniteQuery({
    queryKey: riderApplicationKeys.pending(),
    queryFn: ({ pageParam }) =>
      listRiderApplications({ status: ApplicationStatus.Pending, page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}

export function useApproveRiderApplicationMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => approveRiderApplication(id),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: riderApplicationKeys.all }),
        client.invalidateQueries({ queryKey: meKeys.all }),
      ]),
  });
}

export function useRejectRiderApplicationMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => rejectRiderApplication(id, { reason }),
    onSuccess: () => client.invalidateQueries({ queryKey: riderApplicationKeys.all }),
  });
}
