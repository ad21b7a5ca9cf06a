import {
  ApiRoute,
  type FigurePlace,
  type FiguresQuery,
  type FiguresView,
  type GridWeekly,
  type Page,
  type PageQuery,
  type PutScorecardWeightsRequest,
  type ResultsBoard,
  type ResultsFixedItem,
  type ScorecardsView,
  type ScorecardWeights,
} from '@tongxin/types';

import { pageOf, request } from './request';

/** The query string of a figures request: calendar periods send `date`, custom ones `from` and `to`. */
export function figuresQuery(query: FiguresQuery): Record<string, string> {
  const out: Record<string, string> = { placeId: query.placeId, period: query.period };
  if (query.date) out.date = query.date;
  if (query.from) out.from = query.from;
  if (query.to) out.to = query.to;
  return out;
}

/** Staff: the places whose figures the caller may read (street, communities, grids). */
export function listFigurePlaces(): Promise<FigurePlace[]> {
  return request<FigurePlace[]>(ApiRoute.Figures.Places);
}

export function getFigures(query: FiguresQuery): Promise<FiguresView> {
  return request<FiguresView>(ApiRoute.Figures.Dashboard, { query: figuresQuery(query) });
}

export function getScorecards(query: FiguresQuery): Promise<ScorecardsView> {
  return request<ScorecardsView>(ApiRoute.Figures.Scorecards, { query: figuresQuery(query) });
}

export function getScorecardWeights(streetId: string): Promise<ScorecardWeights> {
  return request<ScorecardWeights>(ApiRoute.Figures.Weights(streetId));
}

/** Street admins. */
export function putScorecardWeights(streetId: string, body: PutScorecardWeightsRequest): Promise<ScorecardWeights> {
  return request<ScorecardWeights>(ApiRoute.Figures.Weights(streetId), { method: 'PUT', body });
}

/** 办实事公开: any signed-in member. */
export function getResultsBoard(communityId: string): Promise<ResultsBoard> {
  return request<ResultsBoard>(ApiRoute.Figures.Results(communityId));
}

export function listResultsFixed(communityId: string, query: PageQuery): Promise<Page<ResultsFixedItem>> {
  return request<Page<ResultsFixedItem>>(ApiRoute.Figures.ResultsFixed(communityId), { query: { ...pageOf(query) } });
}

/** 网格周报 of the week holding `date` (this week when absent). */
export function getGridWeekly(gridId: string, date?: string): Promise<GridWeekly> {
  return request<GridWeekly>(ApiRoute.Figures.GridWeekly(gridId), { query: date ? { date } : {} });
}
