import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE, type ListAuditLogsQuery } from '@tongxin/types';

import { listAuditLogs } from '@/services/audit';

/** 操作日志: read-only, written by the API as staff act; looked at again whenever the page asks. */
export const auditKeys = {
  all: ['audit-logs'] as const,
  list: (query: ListAuditLogsQuery) => [...auditKeys.all, query] as const,
};

export function useAuditLogsQuery(query: ListAuditLogsQuery) {
  return useQuery({
    queryKey: auditKeys.list(query),
    queryFn: () => listAuditLogs({ pageSize: DEFAULT_PAGE_SIZE, ...query }),
    placeholderData: keepPreviousData,
  });
}
