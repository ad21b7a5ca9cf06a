import {
  ApiRoute,
  type GrantRoleRequest,
  type ListGrantsQuery,
  type ListMembersQuery,
  type MemberPhoneResponse,
  type MemberSummary,
  type Page,
  type RoleGrantRow,
} from '@tongxin/types';

import { pageOf, request } from './request';

/** Staff: who holds what where (人员与角色). */
export function listGrants(query: ListGrantsQuery): Promise<Page<RoleGrantRow>> {
  return request<Page<RoleGrantRow>>(ApiRoute.RoleGrants, {
    query: {
      placeId: query.placeId,
      includeBelow: query.includeBelow ? 'true' : undefined,
      role: query.role,
      withResidents: query.withResidents ? 'true' : undefined,
      sort: query.sort,
      ...pageOf(query),
    },
  });
}

export function grantRole(body: GrantRoleRequest): Promise<RoleGrantRow> {
  return request<RoleGrantRow>(ApiRoute.RoleGrants, { method: 'POST', body });
}

export function revokeGrant(id: string): Promise<void> {
  return request<void>(ApiRoute.RoleGrant(id), { method: 'DELETE' });
}

/** 成员名录: members in the caller's places, by nickname or a whole phone number; phones masked. */
export function searchMembers(query: ListMembersQuery): Promise<Page<MemberSummary>> {
  return request<Page<MemberSummary>>(ApiRoute.Members, {
    query: { placeId: query.placeId, role: query.role, q: query.q, ...pageOf(query) },
  });
}

/** One member's full number: the API writes the reveal to the audit log. */
export function revealPhone(memberId: string): Promise<MemberPhoneResponse> {
  return request<MemberPhoneResponse>(ApiRoute.MemberPhoneReveal(memberId), { method: 'POST', body: {} });
}
