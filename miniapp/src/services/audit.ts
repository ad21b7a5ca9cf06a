import { ApiRoute, type AuditLogEntry, type ListAuditLogsQuery, type Page } from '@tongxin/types';

import { pageOf, request } from './request';

/** 操作日志: staff actions on the caller's places, newest first. */
export function listAuditLogs(query: ListAuditLogsQuery): Promise<Page<AuditLogEntry>> {
  return request<Page<AuditLogEntry>>(ApiRoute.AuditLogs, {
    query: { action: query.action, placeId: query.placeId, from: query.from, to: query.to, ...pageOf(query) },
  });
}
