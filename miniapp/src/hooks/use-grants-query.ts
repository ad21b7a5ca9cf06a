import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE, type GrantRoleRequest, type ListGrantsQuery } from '@tongxin/types';

import { grantRole, listGrants, revealPhone, revokeGrant, searchMembers } from '@/services/grants';

/** 人员与角色 and 成员名录. Rule: granting or revoking invalidates `grantKeys.all` (and the members lists, by role). */
export const grantKeys = {
  all: ['role-grants'] as const,
  list: (query: ListGrantsQuery) => [...grantKeys.all, query] as const,
  members: (q: string, page: number) => ['members', 'search', q, page] as const,
};

/** One page of grants at a time (a desk's table pages; a phone's cards page the same way). */
export function useGrantsQuery(query: ListGrantsQuery | null) {
  return useQuery({
    queryKey: grantKeys.list(query ?? {}),
    queryFn: () => listGrants({ pageSize: DEFAULT_PAGE_SIZE, ...query }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

export function useGrantRoleMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: GrantRoleRequest) => grantRole(body),
    onSuccess: () =>
      Promise.all([grantKeys.all, ['members']].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

export function useRevokeGrantMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => revokeGrant(id),
    onSuccess: () =>
      Promise.all([grantKeys.all, ['members']].map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

/** Members in the caller's places whose nickname holds `q` (or whose phone is `q`), a page at a time. */
export function useMemberSearchQuery(q: string, page: number, enabled = true) {
  return useQuery({
    queryKey: grantKeys.members(q, page),
    queryFn: () => searchMembers({ q: q || undefined, page, pageSize: DEFAULT_PAGE_SIZE }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** The full number, for staff who must call; every reveal is audited by the API. */
export function useRevealPhoneMutation() {
  return useMutation({ mutationFn: (memberId: string) => revealPhone(memberId) });
}
