import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  DEFAULT_PAGE_SIZE,
  type ListMediationCasesQuery,
  type MediationCaseView,
  type MediationStatus,
} from '@tongxin/types';

import {
  askForMediation,
  findParties,
  getMediationCase,
  listMediationCases,
  listMediators,
  openWalkInCase,
} from '@/services/mediation';
import { nextPage } from '@/utils/paging';

export type MediationListView = ListMediationCasesQuery['view'];

/**
 * 石榴调解工作室 cases. Rule: every case action (ask, walk-in, accept … rate) puts the answered case into its detail
 * key and invalidates `mediationKeys.lists`, so 我的调解 and the case lists refetch. Nothing here is ever shared
 * between users: the cache is cleared on login and logout.
 */
export const mediationKeys = {
  all: ['mediation'] as const,
  lists: () => [...mediationKeys.all, 'list'] as const,
  list: (view: MediationListView, status: MediationStatus | null) =>
    [...mediationKeys.lists(), view, status ?? 'all'] as const,
  detail: (id: string) => [...mediationKeys.all, 'detail', id] as const,
  parties: (communityId: string, q: string) => [...mediationKeys.all, 'parties', communityId, q] as const,
  mediators: (communityId: string) => [...mediationKeys.all, 'mediators', communityId] as const,
};

/** One view's cases in pages of 20, of one status or all. */
export function useMediationCasesQuery(view: MediationListView, status: MediationStatus | null = null) {
  return useInfiniteQuery({
    queryKey: mediationKeys.list(view, status),
    queryFn: ({ pageParam }) =>
      listMediationCases({ view, status: status ?? undefined, page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}

export function useMediationCaseQuery(id: string) {
  return useQuery({ queryKey: mediationKeys.detail(id), queryFn: () => getMediationCase(id), enabled: id !== '' });
}

/** Members of the community whose name matches `q` (asked only from two characters on). */
export function usePartyCandidatesQuery(communityId: string, q: string) {
  return useQuery({
    queryKey: mediationKeys.parties(communityId, q),
    queryFn: () => findParties(communityId, q),
    enabled: communityId !== '' && q.length >= 2,
    staleTime: 60_000,
  });
}

export function useMediatorsQuery(communityId: string, enabled = true) {
  return useQuery({
    queryKey: mediationKeys.mediators(communityId),
    queryFn: () => listMediators(communityId),
    enabled: enabled && communityId !== '',
  });
}

/** Any call that answers with the case: its detail is replaced and every list refetches. */
export function useMediationMutation<Input>(send: (input: Input) => Promise<MediationCaseView>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (view) => {
      client.setQueryData(mediationKeys.detail(view.id), view);
      return client.invalidateQueries({ queryKey: mediationKeys.lists() });
    },
  });
}

export const useAskForMediationMutation = () => useMediationMutation(askForMediation);
export const useOpenWalkInMutation = () => useMediationMutation(openWalkInCase);
