import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE, HonourStatus, type NominateHonourRequest } from '@tongxin/types';

import { approveHonour, listHonours, nominateHonour, rejectHonour } from '@/services/honours';
import { nextPage } from '@/utils/paging';

/** Honour lists (石榴籽光荣榜). Rule: nominate / approve / reject invalidate `honourKeys.all`. */
export const honourKeys = {
  all: ['honours'] as const,
  published: (communityId: string) => [...honourKeys.all, 'published', communityId] as const,
  nominated: (communityId: string) => [...honourKeys.all, 'nominated', communityId] as const,
};

function useHonoursQuery(communityId: string | null, status: HonourStatus | undefined) {
  return useInfiniteQuery({
    queryKey: status ? honourKeys.nominated(communityId ?? '') : honourKeys.published(communityId ?? ''),
    queryFn: ({ pageParam }) =>
      listHonours({ communityId: communityId ?? '', status, page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
    enabled: communityId !== null,
  });
}

export function usePublishedHonoursQuery(communityId: string | null) {
  return useHonoursQuery(communityId, undefined);
}

export function useNominatedHonoursQuery(communityId: string | null) {
  return useHonoursQuery(communityId, HonourStatus.Nominated);
}

export function useNominateHonourMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NominateHonourRequest) => nominateHonour(body),
    onSuccess: () => client.invalidateQueries({ queryKey: honourKeys.all }),
  });
}

export function useApproveHonourMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => approveHonour(id),
    onSuccess: () => client.invalidateQueries({ queryKey: honourKeys.all }),
  });
}

export function useRejectHonourMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => rejectHonour(id, { reason }),
    onSuccess: () => client.invalidateQueries({ queryKey: honourKeys.all }),
  });
}
