import { ApiRoute, type BindingSummary, type ListReviewQuery, type Page, type ReviewRequest } from '@tongxin/types';

import { pageOf, request } from './request';

/** Staff: bindings of households in their places. */
export function listBindings(query: ListReviewQuery): Promise<Page<BindingSummary>> {
  return request<Page<BindingSummary>>(ApiRoute.Bindings, {
    query: { status: query.status, ...pageOf(query) },
  });
}

export function verifyBinding(id: string): Promise<BindingSummary> {
  return request<BindingSummary>(ApiRoute.BindingVerify(id), { method: 'POST', body: {} });
}

export function rejectBinding(id: string, body: ReviewRequest): Promise<BindingSummary> {
  return request<BindingSummary>(ApiRoute.BindingReject(id), { method: 'POST', body });
}
