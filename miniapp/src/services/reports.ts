import {
  type CreateCategoryRequest,
  type CreateReportRequest,
  DEFAULT_PAGE_SIZE,
  type NearbyQuery,
  type Page,
  type PageQuery,
  type ReportCategoryView,
  type ReportDetail,
  type ReportView,
  type UpdateCategoryRequest,
} from '@tongxin/types';

import { ReportRoute } from './reports-routes';
import { request } from './request';

/** Public: the categories residents pick from; staff add `includeInactive`. */
export function listCategories(communityId: string, includeInactive = false): Promise<ReportCategoryView[]> {
  return request<ReportCategoryView[]>(ReportRoute.Categories, {
    query: { communityId, includeInactive: includeInactive || undefined },
  });
}

export function createCategory(body: CreateCategoryRequest): Promise<ReportCategoryView> {
  return request<ReportCategoryView>(ReportRoute.Categories, { method: 'POST', body });
}

export function updateCategory(categoryId: string, body: UpdateCategoryRequest): Promise<ReportCategoryView> {
  return request<ReportCategoryView>(ReportRoute.Category(categoryId), { method: 'PATCH', body });
}

export function createReport(body: CreateReportRequest): Promise<ReportDetail> {
  return request<ReportDetail>(ReportRoute.Reports, { method: 'POST', body });
}

/** Likely duplicates near a building or point (no identities). */
export function listNearby(query: NearbyQuery): Promise<ReportView[]> {
  return request<ReportView[]>(ReportRoute.Nearby, { query: { ...query } });
}

export function meToo(reportId: string): Promise<ReportView> {
  return request<ReportView>(ReportRoute.MeToo(reportId), { method: 'POST' });
}

export function listMyReports(query: PageQuery): Promise<Page<ReportView>> {
  return request<Page<ReportView>>(ReportRoute.Mine, {
    query: { page: query.page ?? 1, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE },
  });
}

export function getReport(reportId: string): Promise<ReportDetail> {
  return request<ReportDetail>(ReportRoute.Report(reportId));
}
