import {
  ApiRoute,
  type HonourView,
  type ListHonoursQuery,
  type NominateHonourRequest,
  type Page,
  type ReviewRequest,
} from '@tongxin/types';

import { pageOf, request } from './request';

/** Published honours for everyone; staff may ask for status=nominated. */
export function listHonours(query: ListHonoursQuery & { communityId: string }): Promise<Page<HonourView>> {
  return request<Page<HonourView>>(ApiRoute.Honours, {
    query: {
      communityId: query.communityId,
      status: query.status,
      ...pageOf(query),
    },
  });
}

export function nominateHonour(body: NominateHonourRequest): Promise<HonourView> {
  return request<HonourView>(ApiRoute.Honours, { method: 'POST', body });
}

export function approveHonour(id: string): Promise<HonourView> {
  return request<HonourView>(ApiRoute.HonourApprove(id), { method: 'POST', body: {} });
}

export function rejectHonour(id: string, body: ReviewRequest): Promise<HonourView> {
  return request<HonourView>(ApiRoute.HonourReject(id), { method: 'POST', body });
}
