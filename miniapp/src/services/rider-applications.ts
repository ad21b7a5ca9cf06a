import {
  ApiRoute,
  type CreateRiderApplicationRequest,
  type ListReviewQuery,
  type Page,
  type PageQuery,
  type ReviewRequest,
  type RiderApplicationSummary,
} from '@tongxin/types';

import { pageOf, request } from './request';

export function createRiderApplication(body: CreateRiderApplicationRequest): Promise<RiderApplicationSummary> {
  return request<RiderApplicationSummary>(ApiRoute.RiderApplications, { method: 'POST', body });
}

export function listMyRiderApplications(query: PageQuery): Promise<Page<RiderApplicationSummary>> {
  return request<Page<RiderApplicationSummary>>(ApiRoute.MyRiderApplications, {
    query: { ...pageOf(query) },
  });
}

/** Staff: applications for grids in their places. */
export function listRiderApplications(query: ListReviewQuery): Promise<Page<RiderApplicationSummary>> {
  return request<Page<RiderApplicationSummary>>(ApiRoute.RiderApplications, {
    query: { status: query.status, ...pageOf(query) },
  });
}

export function approveRiderApplication(id: string): Promise<RiderApplicationSummary> {
  return request<RiderApplicationSummary>(ApiRoute.RiderApplicationApprove(id), { method: 'POST', body: {} });
}

export function rejectRiderApplication(id: string, body: ReviewRequest): Promise<RiderApplicationSummary> {
  return request<RiderApplicationSummary>(ApiRoute.RiderApplicationReject(id), { method: 'POST', body });
}

export function revokeRiderApplication(id: string, body: ReviewRequest): Promise<RiderApplicationSummary> {
  return request<RiderApplicationSummary>(ApiRoute.RiderApplicationRevoke(id), { method: 'POST', body });
}
