import { Injectable } from '@nestjs/common';
import {
  DEFAULT_SCORECARD_WEIGHTS,
  ErrorCode,
  type FiguresQuery,
  type GridScorecard,
  PlaceLevel,
  ScorecardPart,
  type ScorecardsView,
  type ScorecardWeights,
} from '@tongxin/types';

import { DomainException } from '../../infra/http/domain.exception';
import type { Caller } from '../access/authorize.decorator';
import { scorecardFormula, scorecardParts, scorecardScore } from './figure-math';
import { resolvePeriod } from './figure-periods';
import { toFigurePlace } from './figures.mapper';
import { FiguresRepository } from './figures.repository';
import { FiguresService } from './figures.service';

/** 网格专项考评: every grid under a place scored the same way, with the street's weights. */
@Injectable()
export class ScorecardsService {
  constructor(
    private readonly rollups: FiguresRepository,
    private readonly figures: FiguresService,
  ) {}

  async scorecards(query: FiguresQuery, now = new Date()): Promise<ScorecardsView> {
    const place = await this.figures.area(query.placeId);
    const period = resolvePeriod(query, now);
    const streetId = place.path.split('/')[0];
    const areas = await this.rollups.findAreasWithin([place.path]);
    const names = new Map(areas.map((a) => [a.id, a.name]));
    const grids = areas.filter((a) => a.level === PlaceLevel.Grid);
    const weights = await this.weights(streetId);
    const measured = await this.figures.figuresOf(grids, period, now);
    const cards: Omit<GridScorecard, 'rank'>[] = measured.map(({ place: grid, totals, figures }) => {
      const parts = scorecardParts(figures, totals);
      return {
        grid: toFigurePlace(grid),
        communityName: names.get(grid.parentId ?? '') ?? '',
        parts,
        score: scorecardScore(parts, weights),
        ordersFinished: figures.ordersFinished,
        ratingCount: figures.ratingCount,
      };
    });
    cards.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.grid.name.localeCompare(b.grid.name, 'zh'));
    const scored = cards.filter((c) => c.score !== null).length;
    return {
      place: toFigurePlace(place),
      period,
      streetId,
      weights,
      formula: scorecardFormula(weights),
      grids: cards.map((card, i) => ({ ...card, rank: card.score === null ? scored + 1 : rankOf(cards, i) })),
    };
  }

  async weights(streetId: string): Promise<ScorecardWeights> {
    const row = await this.rollups.findWeights(streetId);
    if (!row) return { ...DEFAULT_SCORECARD_WEIGHTS };
    return {
      onTime: row.onTime,
      satisfaction: row.satisfaction,
      reopen: row.reopen,
      visits: row.visits,
      participation: row.participation,
    };
  }

  async setWeights(caller: Caller, streetId: string, weights: ScorecardWeights): Promise<ScorecardWeights> {
    const street = await this.figures.area(streetId);
    if (street.level !== PlaceLevel.Street) throw new DomainException(ErrorCode.PlaceNotFound, '考评权重按街道设置');
    if (ScorecardPart.every((part) => weights[part] === 0)) {
      throw new DomainException(ErrorCode.WeightsInvalid, '权重不能全部为 0');
    }
    await this.rollups.saveWeights({ streetId, ...weights, updatedBy: caller.userId });
    return this.weights(streetId);
  }
}

/** Equal scores share a rank (1, 2, 2, 4). */
function rankOf(cards: { score: number | null }[], index: number): number {
  const score = cards[index].score;
  return cards.findIndex((c) => c.score === score) + 1;
}
