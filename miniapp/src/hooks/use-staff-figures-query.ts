import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FiguresQuery, ScorecardWeights } from '@tongxin/types';

import { getFigures, getScorecards, listFigurePlaces, putScorecardWeights } from '@/services/figures';

/**
 * 数据看板 and 网格考评 (staff). Figures are read-only rollups; rule: saving a street's weights invalidates every
 * scorecards query, since each grid's score is the weighted mean.
 */
export const staffFiguresKeys = {
  all: ['staff-figures'] as const,
  places: () => [...staffFiguresKeys.all, 'places'] as const,
  dashboard: (query: FiguresQuery | null) => [...staffFiguresKeys.all, 'dashboard', query] as const,
  scorecards: () => [...staffFiguresKeys.all, 'scorecards'] as const,
  scorecardsOf: (query: FiguresQuery | null) => [...staffFiguresKeys.scorecards(), query] as const,
};

export function useFigurePlacesQuery() {
  return useQuery({ queryKey: staffFiguresKeys.places(), queryFn: listFigurePlaces });
}

/**
 * Rollups move with the writes but nobody watches them by the second: a minute before asking again also lets the
 * table read the page's answer instead of fetching it a second time. Pull to refresh asks at once.
 */
const FIGURES_STALE_MS = 60_000;

/** Nothing is asked while `query` is null (no place yet, or a custom period that does not read). */
function figuresOptions(query: FiguresQuery | null) {
  return queryOptions({
    queryKey: staffFiguresKeys.dashboard(query),
    queryFn: () => getFigures(query as FiguresQuery),
    enabled: query !== null,
    staleTime: FIGURES_STALE_MS,
    // The last place's figures stay on screen, marked as updating, while the next ones load.
    placeholderData: keepPreviousData,
  });
}

export function useFiguresQuery(query: FiguresQuery | null) {
  return useQuery(figuresOptions(query));
}

/** The ranking alone (for StaffTable's states), read from the dashboard's own cache entry. */
export function useFigureRankingQuery(query: FiguresQuery | null) {
  return useQuery({ ...figuresOptions(query), select: (view) => view.ranking });
}

function scorecardsOptions(query: FiguresQuery | null) {
  return queryOptions({
    queryKey: staffFiguresKeys.scorecardsOf(query),
    queryFn: () => getScorecards(query as FiguresQuery),
    enabled: query !== null,
    staleTime: FIGURES_STALE_MS,
    placeholderData: keepPreviousData,
  });
}

export function useScorecardsQuery(query: FiguresQuery | null) {
  return useQuery(scorecardsOptions(query));
}

/** The grids' scorecards alone (for StaffTable), from the same cache entry. */
export function useScorecardGridsQuery(query: FiguresQuery | null) {
  return useQuery({ ...scorecardsOptions(query), select: (view) => view.grids });
}

export function usePutScorecardWeightsMutation(streetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (weights: ScorecardWeights) => putScorecardWeights(streetId, { weights }),
    onSuccess: () => client.invalidateQueries({ queryKey: staffFiguresKeys.scorecards() }),
  });
}
