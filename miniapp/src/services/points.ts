import {
  ApiRoute,
  type CommunityReconciliation,
  type Leaderboard,
  type LeaderboardQuery,
  type ListPendingAwardsQuery,
  type MemberSummary,
  type Page,
  type PageQuery,
  type PendingAwardView,
  type PointsBalance,
  type PointsEntryView,
  type PointsRuleView,
  type ReconciliationQuery,
  type RejectPendingAwardRequest,
  type StaffAwardRequest,
  type StaffAwardResult,
  type UpdatePointsRuleRequest,
} from '@tongxin/types';

import { IDEMPOTENCY_HEADER } from './idempotency';
import { pageOf, request } from './request';

export function getMyBalance(): Promise<PointsBalance> {
  return request<PointsBalance>(ApiRoute.Points.Balance);
}

export function listMyEntries(query: PageQuery): Promise<Page<PointsEntryView>> {
  return request<Page<PointsEntryView>>(ApiRoute.Points.MyEntries, {
    query: { ...pageOf(query) },
  });
}

export function getRules(communityId: string): Promise<PointsRuleView[]> {
  return request<PointsRuleView[]>(ApiRoute.Points.Rules(communityId), { anonymous: true });
}

/** Staff: a community's rule for one source (applies to points earned from now on). */
export function updateRule(
  communityId: string,
  source: string,
  body: UpdatePointsRuleRequest,
): Promise<PointsRuleView> {
  return request<PointsRuleView>(ApiRoute.Points.Rule(communityId, source), { method: 'PUT', body });
}

/** Street admins: 积分对账 of one community, the members whose balance is not their ledger's sum. */
export function reconcile(query: ReconciliationQuery): Promise<CommunityReconciliation> {
  return request<CommunityReconciliation>(ApiRoute.Points.Reconciliation, {
    query: { communityId: query.communityId, ...pageOf(query) },
  });
}

/** Public; the token is sent so the answer includes `me`. */
export function getLeaderboard(query: LeaderboardQuery): Promise<Leaderboard> {
  return request<Leaderboard>(ApiRoute.Points.Leaderboard, {
    query: { placeId: query.placeId, period: query.period, limit: query.limit ?? 20 },
  });
}

/**
 * Staff: award points; the key is made once per form submission and reused on retry. A large award comes back as a
 * pending award (202), waiting for a second staff member.
 */
export function awardPoints(body: StaffAwardRequest, idempotencyKey: string): Promise<StaffAwardResult> {
  return request<StaffAwardResult>(ApiRoute.Points.Awards, {
    method: 'POST',
    body,
    headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
  });
}

/** Staff: members living in (or holding roles on) a place, phones masked. */
export function listMembers(query: PageQuery & { placeId: string }): Promise<Page<MemberSummary>> {
  return request<Page<MemberSummary>>(ApiRoute.Members, {
    query: { placeId: query.placeId, ...pageOf(query) },
  });
}

/** Staff: large awards in their places, waiting for a second staff member (pending unless asked otherwise). */
export function listPendingAwards(query: ListPendingAwardsQuery): Promise<Page<PendingAwardView>> {
  return request<Page<PendingAwardView>>(ApiRoute.Points.PendingAwards, {
    query: { status: query.status, ...pageOf(query) },
  });
}

export function approvePendingAward(id: string): Promise<PendingAwardView> {
  return request<PendingAwardView>(ApiRoute.Points.ApprovePendingAward(id), { method: 'POST', body: {} });
}

export function rejectPendingAward(id: string, body: RejectPendingAwardRequest): Promise<PendingAwardView> {
  return request<PendingAwardView>(ApiRoute.Points.RejectPendingAward(id), { method: 'POST', body });
}
