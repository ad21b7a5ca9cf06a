import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  DEFAULT_PAGE_SIZE,
  type EarningSource,
  type LeaderboardQuery,
  type StaffAwardRequest,
  type UpdatePointsRuleRequest,
} from '@tongxin/types';

import {
  approvePendingAward,
  awardPoints,
  getLeaderboard,
  getMyBalance,
  getRules,
  listMembers,
  listMyEntries,
  listPendingAwards,
  reconcile,
  rejectPendingAward,
  updateRule,
} from '@/services/points';
import { nextPage } from '@/utils/paging';

/**
 * Points. Rule: anything that moves points (award, redeem, cancel, approving or rejecting a large award) invalidates
 * `pointsKeys.all`, so the balance, history, leaderboards and the pending awards refetch.
 */
export const pointsKeys = {
  all: ['points'] as const,
  balance: () => [...pointsKeys.all, 'balance'] as const,
  entries: () => [...pointsKeys.all, 'entries'] as const,
  rules: (communityId: string) => [...pointsKeys.all, 'rules', communityId] as const,
  leaderboard: (query: LeaderboardQuery) => [...pointsKeys.all, 'leaderboard', query] as const,
  members: (placeId: string) => ['members', placeId] as const,
  pendingAwards: () => [...pointsKeys.all, 'pending-awards'] as const,
  reconciliation: (communityId: string, page: number) =>
    [...pointsKeys.all, 'reconciliation', communityId, page] as const,
};

export function usePointsBalanceQuery(enabled = true) {
  return useQuery({ queryKey: pointsKeys.balance(), queryFn: getMyBalance, enabled });
}

export function usePointsEntriesQuery() {
  return useInfiniteQuery({
    queryKey: pointsKeys.entries(),
    queryFn: ({ pageParam }) => listMyEntries({ page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}

export function usePointsRulesQuery(communityId: string | null) {
  return useQuery({
    queryKey: pointsKeys.rules(communityId ?? ''),
    queryFn: () => getRules(communityId ?? ''),
    enabled: communityId !== null,
    staleTime: 5 * 60_000,
  });
}

/** Staff: a rule change shows in the community's rules (and members' screens) at once. */
export function useUpdateRuleMutation(communityId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ source, body }: { source: EarningSource; body: UpdatePointsRuleRequest }) =>
      updateRule(communityId, source, body),
    onSuccess: () => client.invalidateQueries({ queryKey: pointsKeys.rules(communityId) }),
  });
}

/** Street admins: 积分对账 runs when asked (`enabled`), a page of drifted members at a time, never from a cache. */
export function useReconciliationQuery(communityId: string | null, page: number, enabled: boolean) {
  return useQuery({
    queryKey: pointsKeys.reconciliation(communityId ?? '', page),
    queryFn: () => reconcile({ communityId: communityId ?? '', page, pageSize: DEFAULT_PAGE_SIZE }),
    enabled: enabled && communityId !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
    gcTime: 0,
  });
}

export function useLeaderboardQuery(query: LeaderboardQuery | null) {
  return useQuery({
    queryKey: pointsKeys.leaderboard(query ?? { placeId: '', period: 'month' }),
    queryFn: () => getLeaderboard(query ?? { placeId: '', period: 'month' }),
    enabled: query !== null,
  });
}

/** Staff: members of a community in pages of 20. */
export function useMembersQuery(placeId: string | null) {
  return useInfiniteQuery({
    queryKey: pointsKeys.members(placeId ?? ''),
    queryFn: ({ pageParam }) => listMembers({ placeId: placeId ?? '', page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
    enabled: placeId !== null,
  });
}

export function useAwardPointsMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: StaffAwardRequest; key: string }) => awardPoints(body, key),
    onSuccess: () => client.invalidateQueries({ queryKey: pointsKeys.all }),
  });
}

/** Staff: large awards waiting for a second staff member, in pages of 20. */
export function usePendingAwardsQuery() {
  return useInfiniteQuery({
    queryKey: pointsKeys.pendingAwards(),
    queryFn: ({ pageParam }) => listPendingAwards({ page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}

export function useApprovePendingAwardMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => approvePendingAward(id),
    onSuccess: () => client.invalidateQueries({ queryKey: pointsKeys.all }),
  });
}

export function useRejectPendingAwardMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => rejectPendingAward(id, { reason }),
    onSuccess: () => client.invalidateQueries({ queryKey: pointsKeys.all }),
  });
}
