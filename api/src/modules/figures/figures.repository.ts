import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PlaceLevel } from '@tongxin/types';
import type { DataSource, EntityManager, ObjectLiteral } from 'typeorm';

import { insertUnlessPresent } from '../../infra/database/db-errors';
import { queryRaw } from '../../infra/database/raw';
import { inTransaction } from '../../infra/database/transaction';
import { FigureRollup } from './figure-rollup.entity';
import { FigureRun } from './figure-run.entity';
import { ScorecardWeightsRow } from './scorecard-weights.entity';

/** A place as the figures see it: where it sits (its path) and what it is called. */
export interface FigurePlaceRow {
  id: string;
  name: string;
  level: PlaceLevel;
  parentId: string | null;
  path: string;
}

export interface RollupRow {
  placeId: string;
  grain: string;
  periodStart: string;
  metric: string;
  value: number;
}

/** Rows of one grain over a set of periods, for a set of places. */
export interface RollupSelection {
  placeIds: string[];
  grain: string;
  periodStarts?: string[];
  /** Inclusive range of period starts, instead of a list. */
  range?: { from: string; to: string };
  metrics?: readonly string[];
}

const CHUNK = 400;
const COLUMNS = 'place_id AS placeId, grain, period_start AS periodStart, metric, value';

/** See `readPeriod`. */
export interface PeriodRead {
  placeIds: string[];
  months: string[];
  days: string[];
  unique?: { grain: string; start: string; metrics: readonly string[] };
  stock: { metrics: readonly string[]; from: string; to: string };
}
const RUN = 'rollups';

/** The rollup rows (read by dashboards, written by the figures sweep), the sweep's lease, and scorecard weights. */
@Injectable()
export class FiguresRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  async select(selection: RollupSelection): Promise<RollupRow[]> {
    if (selection.placeIds.length === 0 || selection.periodStarts?.length === 0) return [];
    const where = ['place_id IN (:...placeIds)', 'grain = :grain'];
    if (selection.periodStarts) where.push('period_start IN (:...periodStarts)');
    if (selection.range) where.push('period_start >= :from AND period_start <= :to');
    if (selection.metrics) where.push('metric IN (:...metrics)');
    return this.rows(`SELECT ${COLUMNS} FROM figure_rollups WHERE ${where.join(' AND ')}`, {
      ...selection,
      ...selection.range,
    });
  }

  /**
   * Everything a period's figures need for some places, in one statement: month rows for whole months, day rows for
   * the days at either end, the calendar period's unique counts, and the last week's stock rows.
   */
  readPeriod(read: PeriodRead): Promise<RollupRow[]> {
    if (read.placeIds.length === 0) return Promise.resolve([]);
    const parts = [
      "(grain = 'day' AND metric IN (:...stocks) AND period_start >= :stockFrom AND period_start <= :stockTo)",
    ];
    if (read.months.length) parts.push("(grain = 'month' AND period_start IN (:...months))");
    if (read.days.length) parts.push("(grain = 'day' AND period_start IN (:...days))");
    if (read.unique) parts.push('(grain = :uniqueGrain AND period_start = :uniqueStart AND metric IN (:...uniques))');
    return this.rows(
      `SELECT ${COLUMNS} FROM figure_rollups WHERE place_id IN (:...placeIds) AND (${parts.join(' OR ')})`,
      {
        placeIds: read.placeIds,
        months: read.months,
        days: read.days,
        stocks: read.stock.metrics,
        stockFrom: read.stock.from,
        stockTo: read.stock.to,
        uniqueGrain: read.unique?.grain,
        uniqueStart: read.unique?.start,
        uniques: read.unique?.metrics,
      },
    );
  }

  private async rows(sql: string, params: ObjectLiteral): Promise<RollupRow[]> {
    const rows = await queryRaw<RollupRow>(this.dataSource.manager, sql, params);
    return rows.map((r) => ({ ...r, value: Number(r.value) }));
  }

  /** Replaces the rows of `grain` for `periodStarts` and `metrics` with `rows`, in one transaction. */
  async replace(
    target: { grain: string; periodStarts: string[]; metrics: readonly string[] },
    rows: RollupRow[],
    manager: EntityManager,
  ): Promise<void> {
    for (let i = 0; i < target.periodStarts.length; i += CHUNK) {
      await manager
        .createQueryBuilder()
        .delete()
        .from(FigureRollup)
        .where('grain = :grain AND period_start IN (:...starts) AND metric IN (:...metrics)', {
          grain: target.grain,
          starts: target.periodStarts.slice(i, i + CHUNK),
          metrics: target.metrics,
        })
        .execute();
    }
    const kept = rows.filter((row) => row.value !== 0);
    for (let i = 0; i < kept.length; i += CHUNK) {
      await manager.insert(FigureRollup, kept.slice(i, i + CHUNK));
    }
  }

  /** Every row of a grain (the recompute command compares them all). */
  async all(grain: string): Promise<RollupRow[]> {
    const rows = await this.dataSource.manager.find(FigureRollup, { where: { grain } });
    return rows.map((r) => ({ ...r, value: Number(r.value) }));
  }

  /** Streets, communities and grids (not retired), for the sweep's roll-up and the place picker. */
  findAreas(): Promise<FigurePlaceRow[]> {
    return queryRaw<FigurePlaceRow>(
      this.dataSource.manager,
      `SELECT id, name, level, parent_id AS parentId, path FROM places
       WHERE retired_at IS NULL AND level IN ('street', 'community', 'grid')`,
    );
  }

  /** Every place (buildings and retired ones too): where a fact recorded on a place rolls up to. */
  async placeLevels(): Promise<{ id: string; path: string; level: PlaceLevel }[]> {
    return queryRaw<{ id: string; path: string; level: PlaceLevel }>(
      this.dataSource.manager,
      'SELECT id, path, level FROM places',
    );
  }

  /** Sums of day rows from `from` to `to` per place and metric (a month's rows from its days). */
  async sumDays(range: { from: string; to: string }, metrics: readonly string[]): Promise<RollupRow[]> {
    const rows = await queryRaw<{ placeId: string; metric: string; value: number | string }>(
      this.dataSource.manager,
      `SELECT place_id AS placeId, metric, SUM(value) AS value FROM figure_rollups
       WHERE grain = 'day' AND period_start >= :from AND period_start <= :to AND metric IN (:...metrics)
       GROUP BY place_id, metric`,
      { ...range, metrics },
    );
    return rows.map((row) => ({ ...row, grain: 'month', periodStart: range.from, value: Number(row.value) }));
  }

  findArea(id: string): Promise<FigurePlaceRow | null> {
    return queryRaw<FigurePlaceRow>(
      this.dataSource.manager,
      `SELECT id, name, level, parent_id AS parentId, path FROM places
       WHERE id = :id AND retired_at IS NULL AND level IN ('street', 'community', 'grid')`,
      { id },
    ).then((rows) => rows[0] ?? null);
  }

  /** Areas whose path starts with one of `scopes`, down to grids. */
  findAreasWithin(scopes: string[]): Promise<FigurePlaceRow[]> {
    if (scopes.length === 0) return Promise.resolve([]);
    const likes = scopes.map((_, i) => `path LIKE :s${i}`).join(' OR ');
    const params = Object.fromEntries(scopes.map((scope, i) => [`s${i}`, `${scope}%`]));
    return queryRaw<FigurePlaceRow>(
      this.dataSource.manager,
      `SELECT id, name, level, parent_id AS parentId, path FROM places
       WHERE retired_at IS NULL AND level IN ('street', 'community', 'grid') AND (${likes}) ORDER BY path`,
      params,
    );
  }

  /** The area and, unless it is a grid, the areas one level below it (first row: the area). */
  async findAreaWithChildren(id: string): Promise<FigurePlaceRow[]> {
    const rows = await queryRaw<FigurePlaceRow>(
      this.dataSource.manager,
      `SELECT id, name, level, parent_id AS parentId, path FROM places
       WHERE (id = :id OR parent_id = :id) AND retired_at IS NULL AND level IN ('street', 'community', 'grid')`,
      { id },
    );
    const area = rows.find((r) => r.id === id);
    if (!area) return [];
    const children = rows.filter((r) => r.id !== id).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
    return [area, ...children];
  }

  /** Takes the sweep's lease until `until` if nobody holds it; false when another replica does. */
  async takeLease(holder: string, now: Date, until: Date): Promise<FigureRun | null> {
    await insertUnlessPresent(this.dataSource.manager, FigureRun, {
      name: RUN,
      leaseUntil: null,
      holder: null,
      finishedAt: null,
      deepDay: null,
    });
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(FigureRun)
      .set({ leaseUntil: until, holder })
      .where('name = :name AND (lease_until IS NULL OR lease_until < :now)', { name: RUN, now })
      .execute();
    if (!result.affected) return null;
    return this.dataSource.manager.findOneBy(FigureRun, { name: RUN });
  }

  async releaseLease(holder: string, done: { finishedAt: Date; deepDay: string | null }): Promise<void> {
    await this.dataSource.manager
      .createQueryBuilder()
      .update(FigureRun)
      .set({
        leaseUntil: null,
        holder: null,
        finishedAt: done.finishedAt,
        ...(done.deepDay ? { deepDay: done.deepDay } : {}),
      })
      .where('name = :name AND holder = :holder', { name: RUN, holder })
      .execute();
  }

  /** Records a finished count (the recompute command's) without touching a lease. */
  async markRun(finishedAt: Date): Promise<void> {
    await insertUnlessPresent(this.dataSource.manager, FigureRun, {
      name: RUN,
      leaseUntil: null,
      holder: null,
      finishedAt: null,
      deepDay: null,
    });
    await this.dataSource.manager.update(FigureRun, { name: RUN }, { finishedAt });
  }

  async lastRun(): Promise<Date | null> {
    const run = await this.dataSource.manager.findOneBy(FigureRun, { name: RUN });
    return run?.finishedAt ?? null;
  }

  findWeights(streetId: string): Promise<ScorecardWeightsRow | null> {
    return this.dataSource.manager.findOneBy(ScorecardWeightsRow, { streetId });
  }

  async saveWeights(row: Omit<ScorecardWeightsRow, 'updatedAt'>): Promise<void> {
    await this.dataSource.manager.upsert(ScorecardWeightsRow, row, ['streetId']);
  }
}
