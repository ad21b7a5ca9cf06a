import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { type AddModerationWordRequest, DEFAULT_PAGE_SIZE, type FlagContentRequest } from '@tongxin/types';

import { eventKeys } from '@/hooks/use-events-query';
import { honourKeys } from '@/hooks/use-honours-query';
import { reportKeys } from '@/hooks/use-reports-query';
import { addWord, deleteWord, flagContent, listCases, listWords, passCase, removeCase } from '@/services/moderation';
import { nextPage } from '@/utils/paging';

export type CaseStatus = 'open' | 'decided';

/**
 * Moderation. Rules: flagging invalidates `moderationKeys.all` only (what the member flagged stays on their screen;
 * others stop seeing it once enough members flag it); passing or removing a case invalidates `moderationKeys.all`
 * and the reports, events and honours that may show (or hide) the item again; a word added or deleted invalidates
 * `moderationKeys.words`.
 */
export const moderationKeys = {
  all: ['moderation'] as const,
  cases: (status: CaseStatus, placeId: string | null) =>
    [...moderationKeys.all, 'cases', status, placeId ?? 'all'] as const,
  words: (streetId: string) => [...moderationKeys.all, 'words', streetId] as const,
};

export function useFlagMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: FlagContentRequest) => flagContent(body),
    onSuccess: () => client.invalidateQueries({ queryKey: moderationKeys.all }),
  });
}

/** Staff: cases in pages of 20, of one place or of every place the caller moderates. */
export function useModerationCasesQuery(status: CaseStatus, placeId: string | null = null) {
  return useInfiniteQuery({
    queryKey: moderationKeys.cases(status, placeId),
    queryFn: ({ pageParam }) =>
      listCases({ status, placeId: placeId ?? undefined, page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
  });
}

export type CaseDecision = 'pass' | 'remove';

export function useDecideCaseMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, reason }: { id: string; decision: CaseDecision; reason: string }) =>
      decision === 'pass' ? passCase(id, { reason }) : removeCase(id, { reason }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: moderationKeys.all }),
        client.invalidateQueries({ queryKey: reportKeys.all }),
        client.invalidateQueries({ queryKey: eventKeys.all }),
        client.invalidateQueries({ queryKey: honourKeys.all }),
      ]),
  });
}

/** Street admins: the street's words in pages of 20. */
export function useModerationWordsQuery(streetId: string | null) {
  return useInfiniteQuery({
    queryKey: moderationKeys.words(streetId ?? ''),
    queryFn: ({ pageParam }) => listWords({ streetId: streetId ?? '', page: pageParam, pageSize: DEFAULT_PAGE_SIZE }),
    initialPageParam: 1,
    getNextPageParam: nextPage,
    enabled: streetId !== null,
  });
}

export function useAddWordMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: AddModerationWordRequest) => addWord(body),
    onSuccess: (_word, body) => client.invalidateQueries({ queryKey: moderationKeys.words(body.streetId) }),
  });
}

export function useDeleteWordMutation(streetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteWord(id),
    onSuccess: () => client.invalidateQueries({ queryKey: moderationKeys.words(streetId) }),
  });
}
