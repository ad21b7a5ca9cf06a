import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type GridWeekly,
  type Page,
  PlaceLevel,
  type ResultsBoard,
  type ResultsFixedItem,
  type ResultsMonth,
} from '@tongxin/types';

import { DomainException } from '../../infra/http/domain.exception';
import { toPage } from '../../infra/http/page-query.dto';
import { PhotosService } from '../photos/photos.service';
import { addDays, chinaDay, dayStart, isDay, monthStart, weekStart } from './figure-periods';
import { type FigurePlaceRow, FiguresRepository } from './figures.repository';
import { ResultsRepository } from './results.repository';

const MONTHS_SHOWN = 6;
const DAY_MS = 86_400_000;

/** 办实事公开 and 网格周报: counts from the rollups, recent items from bounded reads, no one's identity. */
@Injectable()
export class ResultsService {
  constructor(
    private readonly rollups: FiguresRepository,
    private readonly results: ResultsRepository,
    private readonly photos: PhotosService,
  ) {}

  async board(communityId: string, now = new Date()): Promise<ResultsBoard> {
    const community = await this.placeOf(communityId, PlaceLevel.Community, '社区不存在');
    const months: string[] = [];
    for (let m = monthStart(chinaDay(now)); months.length < MONTHS_SHOWN; m = monthStart(addDays(m, -1)))
      months.push(m);
    const [rows, events] = await Promise.all([
      this.rollups.select({ placeIds: [community.id], grain: 'month', periodStarts: months }),
      this.results.recentEvents(community.path, now, 10),
    ]);
    const value = (month: string, metric: string) =>
      rows.find((r) => r.periodStart === month && r.metric === metric)?.value ?? 0;
    return {
      community: { id: community.id, name: community.name },
      months: months.map((m): ResultsMonth => ({
        month: m.slice(0, 7),
        problemsFixed: value(m, 'problems_closed'),
        needsServed: value(m, 'needs_closed'),
        eventsHeld: value(m, 'events_held'),
        attendance: value(m, 'attendance'),
        volunteerHours: Math.round((value(m, 'volunteer_minutes') / 60) * 10) / 10,
      })),
      events: events.map((e) => ({
        id: e.id,
        title: e.title,
        startsAt: e.startsAt.toISOString(),
        attendance: e.attendance,
      })),
    };
  }

  async fixed(communityId: string, query: { page: number; pageSize: number }): Promise<Page<ResultsFixedItem>> {
    await this.placeOf(communityId, PlaceLevel.Community, '社区不存在');
    const { rows, total } = await this.results.fixedPage(communityId, {
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    const photos = await this.results.visiblePhotos(
      rows.flatMap((r) => [r.reportId, ...(r.finishEntryId ? [r.finishEntryId] : [])]),
    );
    const of = (id: string | null) => photos.filter((p) => id && p.attachedTo === id).map((p) => this.photos.toView(p));
    const items = rows.map((r): ResultsFixedItem => ({
      orderId: r.orderId,
      kind: r.kind,
      categoryName: r.categoryName,
      placeName: r.buildingName ? `${r.gridName} · ${r.buildingName}` : r.gridName,
      fixedAt: r.resolvedAt.toISOString(),
      before: of(r.reportId),
      after: of(r.finishEntryId),
    }));
    return toPage(items, total, query);
  }

  async weekly(gridId: string, date: string | undefined, now = new Date()): Promise<GridWeekly> {
    const grid = await this.placeOf(gridId, PlaceLevel.Grid, '网格不存在');
    const community = grid.parentId ? await this.rollups.findArea(grid.parentId) : null;
    if (date !== undefined && !isDay(date))
      throw new DomainException(ErrorCode.PeriodInvalid, '日期格式应为 YYYY-MM-DD');
    const from = weekStart(date ?? chinaDay(now));
    const to = addDays(from, 6);
    const range = { from, to };
    const [gridRows, communityRows, open, items] = await Promise.all([
      this.rollups.select({ placeIds: [grid.id], grain: 'day', range, metrics: ['problems_closed', 'needs_closed'] }),
      community
        ? this.rollups.select({ placeIds: [community.id], grain: 'day', range, metrics: ['volunteer_minutes'] })
        : Promise.resolve([]),
      this.results.openInGrid(grid.id, 5),
      community
        ? this.results.newMallItems(community.id, { from: dayStart(from), to: dayStart(addDays(to, 1)) }, 6)
        : Promise.resolve([]),
    ]);
    const sum = (rows: { metric: string; value: number }[], metric: string) =>
      rows.filter((r) => r.metric === metric).reduce((a, r) => a + r.value, 0);
    return {
      grid: { id: grid.id, name: grid.name },
      community: { id: community?.id ?? '', name: community?.name ?? '' },
      week: { from, to, label: `${from.slice(5)} 至 ${to.slice(5)}` },
      fixed: sum(gridRows, 'problems_closed'),
      served: sum(gridRows, 'needs_closed'),
      open: open.total,
      oldestOpen: open.oldest.map((o) => ({
        categoryName: o.categoryName,
        ageDays: Math.max(0, Math.floor((now.getTime() - o.createdAt.getTime()) / DAY_MS)),
      })),
      volunteerHours: Math.round((sum(communityRows, 'volunteer_minutes') / 60) * 10) / 10,
      newMallItems: items.map((i) => ({ name: i.name, pointsPrice: Number(i.pointsPrice) })),
    };
  }

  private async placeOf(id: string, level: PlaceLevel, missing: string): Promise<FigurePlaceRow> {
    const place = await this.rollups.findArea(id);
    if (!place || place.level !== level) throw new DomainException(ErrorCode.PlaceNotFound, missing);
    return place;
  }
}
