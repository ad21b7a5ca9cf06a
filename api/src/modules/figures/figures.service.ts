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
import { type MetricTotals, STOCK_METRICS, UNIQUE_METRICS } from './figure-metrics';
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
    const period = resolvePeriod(query, now);
    const [place, ...children] = await this.rollups.findAreaWithChildren(query.placeId);
    if (!place) throw placeNotFound();
    const [figures, trend, updatedAt] = await Promise.all([
      this.figuresOf([place, ...(place.level === 'grid' ? [] : children)], period, now),
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
    if (!place) throw placeNotFound();
    return place;
  }

  /**
   * Each place's figures over the period, in the order given, from one read: sums from month rows for whole months
   * and day rows for the ends, the calendar period's unique counts, verified homes at the period's end.
   */
  async figuresOf(places: FigurePlaceRow[], period: FigurePeriod, now: Date): Promise<PlaceFigures[]> {
    const stockDay = period.to < chinaDay(now) ? period.to : chinaDay(now);
    const calendar = period.kind !== FigurePeriodKind.Custom;
    const rows = await this.rollups.readPeriod({
      placeIds: places.map((p) => p.id),
      ...splitSpan(period.from, period.to),
      unique: calendar ? { grain: period.kind, start: period.from, metrics: UNIQUE_METRICS } : undefined,
      stock: { metrics: STOCK_METRICS, from: addDays(stockDay, -7), to: stockDay },
    });
    const totals = new Map<string, MetricTotals>();
    const uniques = new Map<string, PeriodUniques>();
    // Stocks: the latest day's value of each, per place.
    const stocks = new Map<string, { day: string; value: number }>();
    for (const row of rows) {
      if ((STOCK_METRICS as readonly string[]).includes(row.metric)) {
        const key = `${row.placeId}|${row.metric}`;
        const seen = stocks.get(key);
        if (!seen || seen.day < row.periodStart) stocks.set(key, { day: row.periodStart, value: row.value });
      } else if ((UNIQUE_METRICS as readonly string[]).includes(row.metric)) {
        if (row.grain !== period.kind) continue;
        const u = uniques.get(row.placeId) ?? { uniqueAttendees: 0, activeRiders: 0 };
        if (row.metric === 'unique_attendees') u.uniqueAttendees = row.value;
        else u.activeRiders = row.value;
        uniques.set(row.placeId, u);
      } else {
        add(totals, row.placeId, row);
      }
    }
    return places.map((place) => {
      const t = totals.get(place.id) ?? {};
      const u = calendar ? (uniques.get(place.id) ?? { uniqueAttendees: 0, activeRiders: 0 }) : null;
      const stock = (metric: string) => stocks.get(`${place.id}|${metric}`)?.value ?? 0;
      return {
        place,
        totals: t,
        figures: toFigures(t, u, {
          homesTotal: stock('homes_total'),
          careRecords: stock('care_records'),
          careOverdue: stock('care_overdue'),
        }),
      };
    });
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

const placeNotFound = () => new DomainException(ErrorCode.PlaceNotFound, '地点不存在');

function add(into: Map<string, MetricTotals>, key: string, row: RollupRow): void {
  const totals = into.get(key) ?? {};
  const metric = row.metric as keyof MetricTotals;
  totals[metric] = (totals[metric] ?? 0) + row.value;
  into.set(key, totals);
}
