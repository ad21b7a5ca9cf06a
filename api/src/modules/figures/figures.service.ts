import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type FigurePeriod,
  FigurePeriodKind,
  type FigurePlace,
  type FiguresQuery,
  type FiguresView,
  type FigureTrend,
  TrendSeries,
} from '@tongxin/types';

import { DomainException } from '../../infra/http/domain.exception';
import { AccessService } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { type PeriodUniques, toFigures, trendValue } from './figure-math';
import { type MetricTotals, UNIQUE_METRICS } from './figure-metrics';
import { addDays, chinaDay, daysBetween, resolvePeriod, splitSpan, trendBuckets } from './figure-periods';
import { toFigurePlace } from './figures.mapper';
import { type FigurePlaceRow, FiguresRepository, type RollupRow } from './figures.repository';

/** A place's figures over a period, with what was needed to make them (the scorecards reuse the totals). */
export interface PlaceFigures {
  place: FigurePlaceRow;
  totals: MetricTotals;
  figures: ReturnType<typeof toFigures>;
}

/** Dashboards: read from the rollups only (a year is 12 month rows per figure), never from the history. */
@Injectable()
export class FiguresService {
  constructor(
    private readonly rollups: FiguresRepository,
    private readonly access: AccessService,
  ) {}

  async places(caller: Caller): Promise<FigurePlace[]> {
    const scopes = this.access.scopes(caller.grants ?? [], Permission.FiguresRead);
    return (await this.rollups.findAreasWithin(scopes)).map(toFigurePlace);
  }

  async dashboard(query: FiguresQuery, now = new Date()): Promise<FiguresView> {
    const place = await this.area(query.placeId);
    const period = resolvePeriod(query, now);
    const children = place.level === 'grid' ? [] : await this.rollups.findChildren(place.id);
    const [figures, trend, updatedAt] = await Promise.all([
      this.figuresOf([place, ...children], period, now),
      this.trend(place.id, period),
      this.rollups.lastRun(),
    ]);
    const [own, ...below] = figures;
    const closed = (f: PlaceFigures) => f.figures.problemsClosed + f.figures.needsClosed;
    return {
      place: toFigurePlace(place),
      period,
      figures: own.figures,
      trend,
      ranking: below
        .sort((a, b) => closed(b) - closed(a) || a.place.name.localeCompare(b.place.name, 'zh'))
        .map((f) => ({ place: toFigurePlace(f.place), figures: f.figures })),
      updatedAt: updatedAt?.toISOString() ?? null,
    };
  }

  /** A street, community or grid (404 for anything else). */
  async area(placeId: string): Promise<FigurePlaceRow> {
    const place = await this.rollups.findArea(placeId);
    if (!place) throw new DomainException(ErrorCode.PlaceNotFound, '地点不存在');
    return place;
  }

  /** Each place's figures over the period, in the order given. */
  async figuresOf(places: FigurePlaceRow[], period: FigurePeriod, now: Date): Promise<PlaceFigures[]> {
    const ids = places.map((p) => p.id);
    const stockDay = period.to < chinaDay(now) ? period.to : chinaDay(now);
    const [totals, uniques, homes] = await Promise.all([
      this.totals(ids, period),
      this.uniques(ids, period),
      this.rollups.latestStock(ids, 'homes_total', stockDay, addDays(stockDay, -7)),
    ]);
    return places.map((place) => {
      const t = totals.get(place.id) ?? {};
      const u = uniques ? (uniques.get(place.id) ?? { uniqueAttendees: 0, activeRiders: 0 }) : null;
      return { place, totals: t, figures: toFigures(t, u, homes.get(place.id) ?? 0) };
    });
  }

  /** Sums per place over the period: month rows for whole months, day rows for the days at either end. */
  private async totals(placeIds: string[], period: FigurePeriod): Promise<Map<string, MetricTotals>> {
    const { months, days } = splitSpan(period.from, period.to);
    const [monthRows, dayRows] = await Promise.all([
      this.rollups.select({ placeIds, grain: 'month', periodStarts: months }),
      this.rollups.select({ placeIds, grain: 'day', periodStarts: days }),
    ]);
    const out = new Map<string, MetricTotals>();
    for (const row of [...monthRows, ...dayRows]) add(out, row.placeId, row);
    return out;
  }

  /** Unique counts of a calendar period; null for custom periods. */
  private async uniques(placeIds: string[], period: FigurePeriod): Promise<Map<string, PeriodUniques> | null> {
    if (period.kind === FigurePeriodKind.Custom) return null;
    const rows = await this.rollups.select({
      placeIds,
      grain: period.kind,
      periodStarts: [period.from],
      metrics: UNIQUE_METRICS,
    });
    const out = new Map<string, PeriodUniques>();
    for (const row of rows) {
      const u = out.get(row.placeId) ?? { uniqueAttendees: 0, activeRiders: 0 };
      if (row.metric === 'unique_attendees') u.uniqueAttendees = row.value;
      if (row.metric === 'active_riders') u.activeRiders = row.value;
      out.set(row.placeId, u);
    }
    return out;
  }

  private async trend(placeId: string, period: FigurePeriod): Promise<FigureTrend> {
    const buckets = trendBuckets(period.from, period.to);
    const long = daysBetween(period.from, period.to) + 1 > 92;
    const { months, days } = long ? splitSpan(period.from, period.to) : { months: [], days: [] };
    const rows = long
      ? [
          ...(await this.rollups.select({ placeIds: [placeId], grain: 'month', periodStarts: months })),
          ...(await this.rollups.select({ placeIds: [placeId], grain: 'day', periodStarts: days })),
        ]
      : await this.rollups.select({ placeIds: [placeId], grain: 'day', range: { from: period.from, to: period.to } });
    const perBucket = new Map<string, MetricTotals>();
    for (const row of rows) add(perBucket, buckets.of(row.periodStart), row);
    const series = Object.fromEntries(
      TrendSeries.map((s) => [s, buckets.starts.map((start) => trendValue(s, perBucket.get(start) ?? {}))]),
    ) as FigureTrend['series'];
    return { buckets: buckets.labels, starts: buckets.starts, series };
  }
}

function add(into: Map<string, MetricTotals>, key: string, row: RollupRow): void {
  const totals = into.get(key) ?? {};
  const metric = row.metric as keyof MetricTotals;
  totals[metric] = (totals[metric] ?? 0) + row.value;
  into.set(key, totals);
}
