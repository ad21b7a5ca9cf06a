import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE } from '@tongxin/types';

import { sendWorkbook } from '@/services/import-upload';
import type { SendWorkbookRequest } from '@/services/import-upload-common';
import { listImports } from '@/services/imports';
import { nextPage } from '@/utils/paging';

import { placeKeys } from './use-places-query';

/**
 * 导入. Rules: a dry run writes nothing and invalidates nothing; an apply (written or refused) invalidates
 * `importKeys.all` (the history shows it), and a written one also the places (and their units) it may have added.
 */
export const importKeys = {
  all: ['imports'] as const,
  history: () => [...importKeys.all, 'history'] as const,
};

/** Past imports in the caller's places, in pages of 20. */
export function useImportsQuery() {
  return useInfiniteQuery({
    queryKey: importKeys.history(),
    queryFn: ({ pageParam }) => listImports({ page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}

export function useDryRunMutation() {
  return useMutation({
    mutationFn: (request: Omit<SendWorkbookRequest, 'phase'>) => sendWorkbook({ ...request, phase: 'dry-run' }),
  });
}

export function useApplyImportMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: Omit<SendWorkbookRequest, 'phase'>) => sendWorkbook({ ...request, phase: 'apply' }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: importKeys.all }),
        client.invalidateQueries({ queryKey: placeKeys.all }),
      ]),
    onError: () => client.invalidateQueries({ queryKey: importKeys.all }),
  });
}
