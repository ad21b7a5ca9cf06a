import {
  ApiRoute,
  type CareCategoryView,
  type CareFollowUpRequest,
  type CareRecordSummary,
  type CareRecordView,
  type CareVisitView,
  type CloseCareRecordRequest,
  type CreateCareCategoryRequest,
  type CreateCareRecordRequest,
  type ListCareRecordsQuery,
  type LogCareVisitRequest,
  type Page,
  type ReportDetail,
  type SafetyCheckView,
  type UpdateCareRecordRequest,
} from '@tongxin/types';

import { pageOf, request } from './request';

export function listCareCategories(communityId: string): Promise<CareCategoryView[]> {
  return request<CareCategoryView[]>(ApiRoute.Care.Categories, { query: { communityId } });
}

export function createCareCategory(body: CreateCareCategoryRequest): Promise<CareCategoryView> {
  return request<CareCategoryView>(ApiRoute.Care.Categories, { method: 'POST', body });
}

/** Records of the caller's grids (grid workers) or communities (帮扶专干), overdue visits first. */
export function listCareRecords(query: ListCareRecordsQuery): Promise<Page<CareRecordSummary>> {
  return request<Page<CareRecordSummary>>(ApiRoute.Care.Records, {
    query: {
      ...(query.gridId ? { gridId: query.gridId } : {}),
      ...(query.communityId ? { communityId: query.communityId } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.due ? { due: 'true' } : {}),
      ...pageOf(query),
    },
  });
}

export const getCareRecord = (id: string) => request<CareRecordView>(ApiRoute.Care.Record(id));
export const createCareRecord = (body: CreateCareRecordRequest) =>
  request<CareRecordView>(ApiRoute.Care.Records, { method: 'POST', body });
export const updateCareRecord = (id: string, body: UpdateCareRecordRequest) =>
  request<CareRecordView>(ApiRoute.Care.Record(id), { method: 'PATCH', body });
export const closeCareRecord = (id: string, body: CloseCareRecordRequest) =>
  request<CareRecordView>(ApiRoute.Care.Close(id), { method: 'POST', body });
export const logCareVisit = (id: string, body: LogCareVisitRequest) =>
  request<CareVisitView>(ApiRoute.Care.Visits(id), { method: 'POST', body });
/** The visit's follow-up becomes a need in the household's grid; answers the new report. */
export const careFollowUp = (visitId: string, body: CareFollowUpRequest) =>
  request<ReportDetail>(ApiRoute.Care.VisitFollowUp(visitId), { method: 'POST', body });

export const getMySafetyCheck = () => request<SafetyCheckView>(ApiRoute.MySafetyCheck);
export const checkInSafe = () => request<SafetyCheckView>(ApiRoute.MySafetyCheck, { method: 'POST', body: {} });
