import { Injectable } from '@nestjs/common';
import { PlaceLevel } from '@tongxin/types';
import { PinoLogger } from 'nestjs-pino';

import { newId } from '../../infra/database/ids';
import { ALL_SUM_METRICS, STOCK_METRICS, UNIQUE_METRICS } from './figure-metrics';
import {
  addDays,
  chinaDay,
  daysOf,
  dayStart,
  monthEnd,
  monthStart,
  periodEnd,
  UNIQUE_GRAINS,
  type UniqueGrain,
} from './figure-periods';
import { type FactRow, FigureSourcesRepository, type MemberFact } from './figure-sources.repository';
import { FiguresRepository, type RollupRow } from './figures.repository';

const LEASE_MS = 5 * 60_000;
/** An ordinary run recounts today and the two days before; once a China day, the last 35 (facts recorded late). */
const RECENT_DAYS = 3;
const DEEP_DAYS = 35;
const AREAS: readonly PlaceLevel[] = [PlaceLevel.Street, PlaceLevel.Community, PlaceLevel.Grid];

/** Every rollup row a span of days gives, by grain. */
export interface Counted {
  from: string;
  to: string;
  days: RollupRow[];
  months: RollupRow[];
  uniques: RollupRow[];
}

export interface RecomputeReport {
  from: string | null;
  to: string;
  rowsCompared: number;
  differences: number;
  /** The first differences, to read. */
  sample: { placeId: string; grain: string; periodStart: string; metric: string; stored: number; counted: number }[];
  applied: boolean;
}

/** Rolls each fact up to the street, community and grid above the place it happened at. */
class Rollup {
  private readonly ancestors = new Map<string, string[]>();

  constructor(places: { id: string; path: string; level: PlaceLevel }[]) {
    const areas = new Set(places.filter((p) => AREAS.includes(p.level)).map((p) => p.id));
    for (const place of places) {
      this.ancestors.set(
        place.id,
        place.path.split('/').filter((id) => id && areas.has(id)),
      );
    }
  }

  areasOf(placeId: string): string[] {
    return this.ancestors.get(placeId) ?? [];
  }
}

/**
 * Keeps `figure_rollups` up to date from the history: each run recounts the latest days whole (so a repeated or
 * concurrent run writes the same rows) under a lease that one replica holds at a time. `recompute` counts the whole
 * history the same way and reports (or repairs) every difference.
 */
@Injectable()
export class FiguresSweepService {
  private readonly holder = newId();

  constructor(
    private readonly sources: FigureSourcesRepository,
    private readonly rollups: FiguresRepository,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(FiguresSweepService.name);
  }

  /** One run; 0 when another replica holds the lease. Returns the rows written. */
  async sweep(now = new Date()): Promise<number> {
    const lease = await this.rollups.takeLease(this.holder, now, new Date(now.getTime() + LEASE_MS));
    if (!lease) return 0;
    const today = chinaDay(now);
    const deep = lease.deepDay !== today;
    let written = 0;
    try {
      const counted = await this.count(addDays(today, -((deep ? DEEP_DAYS : RECENT_DAYS) - 1)), today, now);
      written = await this.write(counted, now);
    } finally {
      await this.rollups.releaseLease(this.holder, { finishedAt: new Date(), deepDay: deep ? today : null });
    }
    return written;
  }

  /** Counts the whole history again and compares it with the rows kept; `apply` writes the counted rows. */
  async recompute(options: { apply: boolean }, now = new Date()): Promise<RecomputeReport> {
    const today = chinaDay(now);
    const first = await this.sources.firstFactAt();
    if (!first) return { from: null, to: today, rowsCompared: 0, differences: 0, sample: [], applied: false };
    const from = chinaDay(first) < today ? chinaDay(first) : today;
    const counted = await this.count(from, today, now, { monthsFromCounted: true });
    const report = await this.compare(counted, today);
    if (options.apply && report.differences > 0) {
      await this.write(counted, now);
      report.applied = true;
    }
    // The dashboards say when their figures were last brought up to date.
    if (options.apply) await this.rollups.markRun(new Date());
    return report;
  }

  /** Counts the days from `from` to `to`, the months and calendar periods holding them. */
  private async count(from: string, to: string, now: Date, options = { monthsFromCounted: false }): Promise<Counted> {
    const rollup = new Rollup(await this.rollups.placeLevels());
    const days: RollupRow[] = [];
    for (const day of daysOf(from, to)) {
      const facts = await this.sources.sums({ from: dayStart(day), to: dayStart(addDays(day, 1)) }, now);
      days.push(...sumUp(facts, rollup, 'day', day));
    }
    days.push(...sumUp([...(await this.sources.homesNow()), ...(await this.sources.careNow(now))], rollup, 'day', to));
    const months: RollupRow[] = [];
    for (let month = monthStart(from); month <= to; month = addDays(monthEnd(month), 1)) {
      if (options.monthsFromCounted) {
        const inMonth = days.filter((r) => r.periodStart.startsWith(month.slice(0, 8)) && isSum(r.metric));
        months.push(...regroup(inMonth, 'month', month));
      } else {
        months.push(...(await this.monthFromDays(month, from, days)));
      }
    }
    const uniques: RollupRow[] = [];
    for (const grain of Object.keys(UNIQUE_GRAINS) as UniqueGrain[]) {
      const starts = [...new Set(daysOf(from, to).map((day) => UNIQUE_GRAINS[grain](day)))];
      for (const start of starts) {
        const span = { from: dayStart(start), to: dayStart(addDays(periodEnd(grain, start), 1)) };
        uniques.push(...countMembers(await this.sources.members(span, now), rollup, grain, start));
      }
    }
    return { from, to, days, months, uniques };
  }

  /** A month's rows: its days counted now, plus the days before the counted span as kept. */
  private async monthFromDays(month: string, countedFrom: string, counted: RollupRow[]): Promise<RollupRow[]> {
    const inMonth = counted.filter((r) => r.periodStart.startsWith(month.slice(0, 8)) && isSum(r.metric));
    if (month < countedFrom) {
      inMonth.push(...(await this.rollups.sumDays({ from: month, to: addDays(countedFrom, -1) }, ALL_SUM_METRICS)));
    }
    return regroup(inMonth, 'month', month);
  }

  private async write(counted: Counted, now: Date): Promise<number> {
    const days = daysOf(counted.from, counted.to);
    const monthStarts = [...new Set(days.map(monthStart))];
    await this.rollups.transaction(async (manager) => {
      await this.rollups.replace(
        { grain: 'day', periodStarts: days, metrics: ALL_SUM_METRICS },
        counted.days.filter((r) => isSum(r.metric)),
        manager,
      );
      await this.rollups.replace(
        { grain: 'day', periodStarts: [counted.to], metrics: STOCK_METRICS },
        counted.days.filter((r) => !isSum(r.metric)),
        manager,
      );
      await this.rollups.replace(
        { grain: 'month', periodStarts: monthStarts, metrics: ALL_SUM_METRICS },
        counted.months,
        manager,
      );
      for (const grain of Object.keys(UNIQUE_GRAINS) as UniqueGrain[]) {
        const rows = counted.uniques.filter((r) => r.grain === grain);
        const starts = [...new Set(days.map((day) => UNIQUE_GRAINS[grain](day)))];
        await this.rollups.replace({ grain, periodStarts: starts, metrics: UNIQUE_METRICS }, rows, manager);
      }
    });
    const written = counted.days.length + counted.months.length + counted.uniques.length;
    this.logger.debug({ from: counted.from, to: counted.to, written, at: now.toISOString() }, 'figures counted');
    return written;
  }

  private async compare(counted: Counted, today: string): Promise<RecomputeReport> {
    const key = (r: RollupRow) => `${r.placeId}|${r.grain}|${r.periodStart}|${r.metric}`;
    const countedRows = [...counted.days, ...counted.months, ...counted.uniques].filter((r) => r.value !== 0);
    const stored: RollupRow[] = [];
    for (const grain of ['day', 'month', ...Object.keys(UNIQUE_GRAINS)])
      stored.push(...(await this.rollups.all(grain)));
    // A stock is read at a moment: only today's can be counted again.
    const comparable = (r: RollupRow) =>
      isSum(r.metric) || UNIQUE_METRICS.includes(r.metric as never) || r.periodStart === today;
    const want = new Map(countedRows.map((r) => [key(r), r]));
    const have = new Map(stored.filter(comparable).map((r) => [key(r), r]));
    const sample: RecomputeReport['sample'] = [];
    let differences = 0;
    for (const k of new Set([...want.keys(), ...have.keys()])) {
      const w = want.get(k);
      const h = have.get(k);
      if ((w?.value ?? 0) === (h?.value ?? 0)) continue;
      differences += 1;
      const { placeId, grain, periodStart, metric } = (w ?? h) as RollupRow;
      if (sample.length < 20)
        sample.push({ placeId, grain, periodStart, metric, stored: h?.value ?? 0, counted: w?.value ?? 0 });
    }
    return { from: counted.from, to: counted.to, rowsCompared: want.size, differences, sample, applied: false };
  }
}

const isSum = (metric: string) => ALL_SUM_METRICS.includes(metric);

function sumUp(facts: FactRow[], rollup: Rollup, grain: string, periodStart: string): RollupRow[] {
  const totals = new Map<string, number>();
  for (const fact of facts) {
    for (const area of rollup.areasOf(fact.placeId)) {
      const key = `${area}|${fact.metric}`;
      totals.set(key, (totals.get(key) ?? 0) + fact.value);
    }
  }
  return [...totals].map(([key, value]) => {
    const [placeId, metric] = key.split('|');
    return { placeId, grain, periodStart, metric, value };
  });
}

function regroup(rows: RollupRow[], grain: string, periodStart: string): RollupRow[] {
  const totals = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.placeId}|${row.metric}`;
    totals.set(key, (totals.get(key) ?? 0) + row.value);
  }
  return [...totals].map(([key, value]) => {
    const [placeId, metric] = key.split('|');
    return { placeId, grain, periodStart, metric, value };
  });
}

function countMembers(facts: MemberFact[], rollup: Rollup, grain: string, periodStart: string): RollupRow[] {
  const members = new Map<string, Set<string>>();
  for (const fact of facts) {
    for (const area of rollup.areasOf(fact.placeId)) {
      const key = `${area}|${fact.metric}`;
      let set = members.get(key);
      if (!set) members.set(key, (set = new Set()));
      set.add(fact.memberId);
    }
  }
  return [...members].map(([key, set]) => {
    const [placeId, metric] = key.split('|');
    return { placeId, grain, periodStart, metric, value: set.size };
  });
}
