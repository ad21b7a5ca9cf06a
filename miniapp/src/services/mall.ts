import {
  ApiRoute,
  type CreateMallItemRequest,
  type MallItemView,
  type Page,
  type PageQuery,
  type RedemptionStatus,
  type RedemptionView,
  type UpdateMallItemRequest,
} from '@tongxin/types';

import { IDEMPOTENCY_HEADER } from './idempotency';
import { pageOf, request } from './request';

type CommunityPageQuery = PageQuery & { communityId: string };

/** On-shelf items of a community (public). */
export function listMallItems(query: CommunityPageQuery): Promise<Page<MallItemView>> {
  return request<Page<MallItemView>>(ApiRoute.Mall.Items, {
    query: { communityId: query.communityId, ...pageOf(query) },
  });
}

export function redeemItem(itemId: string, idempotencyKey: string): Promise<RedemptionView> {
  return request<RedemptionView>(ApiRoute.Mall.Redeem(itemId), {
    method: 'POST',
    body: {},
    headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
  });
}

export function listMyRedemptions(query: PageQuery): Promise<Page<RedemptionView>> {
  return request<Page<RedemptionView>>(ApiRoute.Mall.MyRedemptions, { query: pageOf(query) });
}

export function cancelRedemption(id: string): Promise<RedemptionView> {
  return request<RedemptionView>(ApiRoute.Mall.CancelRedemption(id), { method: 'POST', body: {} });
}

/** Staff: every item of the community, off-shelf ones too. */
export function listManagedItems(query: CommunityPageQuery): Promise<Page<MallItemView>> {
  return request<Page<MallItemView>>(ApiRoute.Mall.ManageItems, {
    query: { communityId: query.communityId, ...pageOf(query) },
  });
}

export function createMallItem(body: CreateMallItemRequest): Promise<MallItemView> {
  return request<MallItemView>(ApiRoute.Mall.Items, { method: 'POST', body });
}

export function updateMallItem(id: string, body: UpdateMallItemRequest): Promise<MallItemView> {
  return request<MallItemView>(ApiRoute.Mall.Item(id), { method: 'PATCH', body });
}

/** Staff: hand over an item against its pickup code. */
export function collectRedemption(pickupCode: string): Promise<RedemptionView> {
  return request<RedemptionView>(ApiRoute.Mall.CollectRedemption, { method: 'POST', body: { pickupCode } });
}

export function listRedemptions(
  query: CommunityPageQuery & { status?: RedemptionStatus },
): Promise<Page<RedemptionView>> {
  return request<Page<RedemptionView>>(ApiRoute.Mall.Redemptions, {
    query: { communityId: query.communityId, status: query.status, ...pageOf(query) },
  });
}
