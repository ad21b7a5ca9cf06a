import {
  ApiRoute,
  type CreateCategoryRequest,
  type CreateReportRequest,
  type NearbyQuery,
  type Page,
  type PageQuery,
  type ReportCategoryView,
  type ReportDetail,
  type ReportView,
  type UpdateCategoryRequest,
} from '@tongxin/types';

import { pageOf, request } from './request';

/** Public: the categories residents pick from; staff add `includeInactive`. */
export function listCategories(communityId: string, includeInactive = false): Promise<ReportCategoryView[]> {
  return request<ReportCategoryView[]>(ApiRoute.Reports.Categories, {
    query: { communityId, includeInactive: includeInactive || undefined },
  });
}

export function createCategory(body: CreateCategoryRequest): Promise<ReportCategoryView> {
  return request<ReportCategoryView>(ApiRoute.Reports.Categories, { method: 'POST', body });
}

export function updateCategory(categoryId: string, body: UpdateCategoryRequest): Promise<ReportCategoryView> {
  return request<ReportCategoryView>(ApiRoute.Reports.Category(categoryId), { method: 'PATCH', body });
}

/** Files a report or need; with `onBehalfOf`, for the parent a family member acts for (亲情代办). */
export function createReport(body: CreateReportRequest, onBehalfOf?: string): Promise<ReportDetail> {
  return request<ReportDetail>(ApiRoute.Reports.Collection, { method: 'POST', body, onBehalfOf });
}

/** Likely duplicates near a building or point (no identities). */
export function listNearby(query: NearbyQuery): Promise<ReportView[]> {
  return request<ReportView[]>(ApiRoute.Reports.Nearby, { query: { ...query } });
}

export function meToo(reportId: string): Promise<ReportView> {
  return request<ReportView>(ApiRoute.Reports.MeToo(reportId), { method: 'POST' });
}

/** 我的上报; with `onBehalfOf`, the parent's. */
export function listMyReports(query: PageQuery, onBehalfOf?: string): Promise<Page<ReportView>> {
  return request<Page<ReportView>>(ApiRoute.Reports.Mine, {
    query: { ...pageOf(query) },
    onBehalfOf,
  });
}

export function getReport(reportId: string): Promise<ReportDetail> {
  return request<ReportDetail>(ApiRoute.Reports.Report(reportId));
}
