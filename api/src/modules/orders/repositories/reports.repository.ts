import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type EscalationLevel, FlaggableKind, type OrderStatus, type ReportKind } from '@tongxin/types';
import { DataSource, type EntityManager } from 'typeorm';

import { queryRaw, toDate } from '../../../infra/database/raw';
import { inTransaction } from '../../../infra/database/transaction';
import { whereWithin } from '../../access/access.repository';
import { seenByOthersOrAuthor } from '../../moderation/moderation.repository';
import type { Photo } from '../../photos/photo.entity';
import { Place } from '../../places/place.entity';
import { GridOrder } from '../entities/grid-order.entity';
import { Report } from '../entities/report.entity';
import { ReportCategory } from '../entities/report-category.entity';
import { ReportMeToo } from '../entities/report-me-too.entity';
import { UNRESOLVED_STATUSES } from '../order-states';

/** One row of a report list: report, its order, and names. */
export interface ReportRow {
  reportId: string;
  kind: ReportKind;
  categoryId: string;
  categoryName: string;
  claimHours: number;
  text: string;
  gridId: string;
  gridName: string;
  buildingName: string | null;
  locationDetail: string | null;
  preferredTime: string | null;
  reporterId: string;
  reporterNickname: string;
  meTooCount: number;
  verifiedAt: Date | null;
  reportCreatedAt: Date;
  orderId: string;
  status: OrderStatus;
  handlerId: string | null;
  handlerNickname: string | null;
  escalation: EscalationLevel;
  deadlineAt: Date | null;
  promisedAt: Date | null;
  reopenCount: number;
  rating: number | null;
  ratingComment: string | null;
  /** Squared degrees from the point the list was sorted by, when it was. */
  distance: number | null;
  /** The hall's ranking, when the list was ranked for a member (`ReportFilter.rank`). */
  rank: HallRankFlags | null;
  /** The report's photos in upload order. */
  photos: ReportPhoto[];
}

/** Why a hall row ranks where it does. */
export interface HallRankFlags {
  onRoute: boolean;
  freeFit: boolean;
  expiring: boolean;
}

export type ReportPhoto = Pick<Photo, 'id' | 'width' | 'height'>;

type Numeric = number | string;
type DateTime = Date | string;

/** One row of the page statement as the drivers return it: a report with one of its photos (or none). */
interface ReportPhotoLine {
  reportId: string;
  kind: ReportKind;
  categoryId: string;
  categoryName: string;
  claimHours: Numeric;
  text: string;
  gridId: string;
  gridName: string;
  buildingName: string | null;
  locationDetail: string | null;
  preferredTime: string | null;
  reporterId: string;
  reporterNickname: string;
  meTooCount: Numeric;
  verifiedAt: DateTime | null;
  reportCreatedAt: DateTime;
  orderId: string;
  status: OrderStatus;
  handlerId: string | null;
  handlerNickname: string | null;
  escalation: EscalationLevel;
  deadlineAt: DateTime | null;
  promisedAt: DateTime | null;
  reopenCount: Numeric;
  rating: Numeric | null;
  ratingComment: string | null;
  distance: Numeric | null;
  onRoute: Numeric | null;
  freeFit: Numeric | null;
  expiring: Numeric | null;
  total: Numeric;
  photoId: string | null;
  photoWidth: Numeric | null;
  photoHeight: Numeric | null;
}

/** The duplicate hint's search: one category, near a point or in a building, inside the places given. */
export interface NearbyFilter {
  categoryId: string;
  near: { lng: number; lat: number; meters: number } | null;
  buildingId: string | null;
  /** Paths of the places the caller may read reports in; none → no rows. */
  scopes: string[];
}

export interface ReportFilter {
  reporterId?: string;
  handlerIds?: string[];
  communityId?: string;
  /** Paths the caller may see everything under (staff); with `communityId` for residents. */
  scopes?: string[];
  gridIds?: string[];
  statuses?: OrderStatus[];
  categoryId?: string;
  reportId?: string;
  /** Leave out this member's own reports (the hall: nobody grabs their own). */
  notReporterId?: string;
  /** Leave out what moderation keeps from this member (held, hidden, removed), unless they reported it. */
  viewerId?: string;
  /** Order by distance from here (nulls last), else by deadline or newest. */
  near?: { lng: number; lat: number };
  orderBy?: 'newest' | 'deadline';
  /** The hall for one member: on their route and in their free time first, then on their route, then the rest. */
  rank?: HallRank;
}

/** A member's route and free time as the hall ranks by them (see `RiderRoutesService.ranking`). */
export interface HallRank {
  gridIds: string[];
  buildingIds: string[];
  /** Orders due at or after this fit the member's free time; null: no free windows. */
  freeFrom: Date | null;
  /** Orders due before this are about to expire (即将超时). */
  expiringBefore: Date;
}

/**
 * Equirectangular distance in degrees², scaled by cos(lat) for longitude: arithmetic only, so it runs on MySQL
 * and SQLite alike; good enough to sort within a neighbourhood.
 */
const DISTANCE = '((r.lng - :nlng) * :nk) * ((r.lng - :nlng) * :nk) + (r.lat - :nlat) * (r.lat - :nlat)';

/**
 * The hall's ranking as SQL over `o` and `r`, with its parameters: on the route (the order's grid, or the report's
 * building), fitting the free time (due at or after the moment the member has had enough free time), about to expire.
 */
function rankSql(rank: HallRank) {
  const route: string[] = [];
  if (rank.gridIds.length > 0) route.push('o.grid_id IN (:...routeGrids)');
  if (rank.buildingIds.length > 0) route.push('r.building_id IN (:...routeBuildings)');
  const onRoute = route.length > 0 ? `(${route.join(' OR ')})` : '1 = 0';
  const freeFit = rank.freeFrom ? '(o.deadline_at IS NULL OR o.deadline_at >= :freeFrom)' : '1 = 0';
  return {
    onRoute,
    freeFit,
    expiring: 'o.deadline_at < :expiringBefore',
    tier: `CASE WHEN ${onRoute} THEN (CASE WHEN ${freeFit} THEN 0 ELSE 1 END) ELSE 2 END`,
    params: {
      routeGrids: rank.gridIds,
      routeBuildings: rank.buildingIds,
      freeFrom: rank.freeFrom,
      expiringBefore: rank.expiringBefore,
    },
  };
}

/** A 0/1 column of a condition, the same on both drivers. */
const flag = (condition: string) => `CASE WHEN ${condition} THEN 1 ELSE 0 END`;

/**
 * The inner query of a report list: `grid_orders o`, plus `reports r` and `places g` only when the filter or the
 * order reads them; the same ORDER BY serves the inner and the outer query (both have `o` and `r` then).
 * `o.id` breaks ties: it is in every secondary index of grid_orders, so ordering by it needs no row reads.
 */
function reportQuery(filter: ReportFilter) {
  const where = ['1 = 1'];
  const params: Record<string, unknown> = {};
  const add = (sql: string, values: Record<string, unknown> = {}) => {
    where.push(sql);
    Object.assign(params, values);
  };
  if (filter.reportId) add('o.report_id = :reportId', { reportId: filter.reportId });
  if (filter.reporterId) add('r.reporter_id = :reporterId', { reporterId: filter.reporterId });
  if (filter.notReporterId) add('r.reporter_id <> :notReporterId', { notReporterId: filter.notReporterId });
  if (filter.handlerIds)
    add(filter.handlerIds.length > 0 ? 'o.handler_id IN (:...handlerIds)' : '1 = 0', { handlerIds: filter.handlerIds });
  if (filter.communityId) add('o.community_id = :communityId', { communityId: filter.communityId });
  if (filter.scopes) whereWithin({ andWhere: add }, 'g.path', filter.scopes);
  if (filter.gridIds)
    add(filter.gridIds.length > 0 ? 'o.grid_id IN (:...gridIds)' : '1 = 0', { gridIds: filter.gridIds });
  if (filter.statuses) add('o.status IN (:...statuses)', { statuses: filter.statuses });
  if (filter.categoryId) add('r.category_id = :categoryId', { categoryId: filter.categoryId });
  if (filter.viewerId) {
    add(seenByOthersOrAuthor(FlaggableKind.Report, 'o.report_id', 'r.reporter_id', 'viewerId'), {
      viewerId: filter.viewerId,
    });
  }

  let orderBy: string;
  const rank = filter.rank ? rankSql(filter.rank) : null;
  if (rank) {
    // On the route and in free time, on the route, the rest; then nearest (when asked), then soonest due.
    Object.assign(params, rank.params);
    let near = '';
    if (filter.near) {
      const { lng, lat } = filter.near;
      Object.assign(params, { nlng: lng, nlat: lat, nk: Math.cos((lat * Math.PI) / 180) });
      near = `CASE WHEN r.lng IS NULL THEN 1 ELSE 0 END, ${DISTANCE}, `;
    }
    orderBy = `${rank.tier}, ${near}o.deadline_at, o.id`;
  } else if (filter.near) {
    const { lng, lat } = filter.near;
    Object.assign(params, { nlng: lng, nlat: lat, nk: Math.cos((lat * Math.PI) / 180) });
    orderBy = `CASE WHEN r.lng IS NULL THEN 1 ELSE 0 END, ${DISTANCE}, o.id`;
  } else if (filter.orderBy === 'deadline') {
    orderBy = 'o.deadline_at, o.id';
  } else {
    orderBy = 'r.created_at DESC, o.id DESC';
  }
  const needsReport = Boolean(
    filter.reporterId ||
    filter.notReporterId ||
    filter.categoryId ||
    filter.viewerId ||
    filter.near ||
    (filter.rank && filter.rank.buildingIds.length > 0) ||
    filter.orderBy !== 'deadline',
  );
  const from = [
    'grid_orders o',
    needsReport ? 'JOIN reports r ON r.id = o.report_id' : '',
    filter.scopes ? 'JOIN places g ON g.id = o.grid_id' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { from, where: where.join(' AND '), orderBy, params, rank };
}

/** Reads one statement line's report columns with the types both drivers agree on. */
function toReportRow(line: ReportPhotoLine): ReportRow {
  return {
    reportId: line.reportId,
    kind: line.kind,
    categoryId: line.categoryId,
    categoryName: line.categoryName,
    claimHours: Number(line.claimHours),
    text: line.text,
    gridId: line.gridId,
    gridName: line.gridName,
    buildingName: line.buildingName,
    locationDetail: line.locationDetail,
    preferredTime: line.preferredTime,
    reporterId: line.reporterId,
    reporterNickname: line.reporterNickname,
    meTooCount: Number(line.meTooCount),
    verifiedAt: line.verifiedAt ? toDate(line.verifiedAt) : null,
    reportCreatedAt: toDate(line.reportCreatedAt),
    orderId: line.orderId,
    status: line.status,
    handlerId: line.handlerId,
    handlerNickname: line.handlerNickname,
    escalation: line.escalation,
    deadlineAt: line.deadlineAt ? toDate(line.deadlineAt) : null,
    promisedAt: line.promisedAt ? toDate(line.promisedAt) : null,
    reopenCount: Number(line.reopenCount),
    rating: line.rating === null ? null : Number(line.rating),
    ratingComment: line.ratingComment,
    distance: line.distance === null || line.distance === undefined ? null : Number(line.distance),
    rank:
      line.onRoute === null || line.onRoute === undefined
        ? null
        : {
            onRoute: Number(line.onRoute) === 1,
            freeFit: Number(line.freeFit) === 1,
            expiring: Number(line.expiring) === 1,
          },
    photos: [],
  };
}

/** Folds the statement's row-per-photo back into one row per report, keeping the order. */
function groupPhotos(lines: ReportPhotoLine[]): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const line of lines) {
    let row = rows.at(-1);
    if (row?.reportId !== line.reportId) rows.push((row = toReportRow(line)));
    if (line.photoId)
      row.photos.push({ id: line.photoId, width: Number(line.photoWidth), height: Number(line.photoHeight) });
  }
  return rows;
}

/** Reports and needs, their categories and "me too"s, and the report lists (one statement each). */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  async insertReport(report: Report, manager: EntityManager): Promise<void> {
    await manager.insert(Report, report);
  }

  findReport(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(Report, { where: { id } });
  }

  async markVerified(reportId: string): Promise<boolean> {
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(Report)
      .set({ verifiedAt: new Date() })
      .where('id = :reportId AND verified_at IS NULL', { reportId })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Records a "me too" (unique per member) and counts it, in one transaction. */
  async addMeToo(reportId: string, userId: string, manager: EntityManager): Promise<void> {
    await manager.insert(ReportMeToo, { reportId, userId });
    await manager
      .createQueryBuilder()
      .update(Report)
      .set({ meTooCount: () => 'me_too_count + 1' })
      .where('id = :reportId', { reportId })
      .execute();
  }

  findCategories(communityId: string, includeInactive: boolean) {
    return this.dataSource.manager.find(ReportCategory, {
      where: { communityId, ...(includeInactive ? {} : { active: true }) },
      order: { kind: 'ASC', name: 'ASC' },
    });
  }

  findCategory(id: string) {
    return this.dataSource.manager.findOne(ReportCategory, { where: { id } });
  }

  /** The category of a report (its deadlines set every order state's hours). */
  async findCategoryOfReport(reportId: string) {
    const report = await this.findReport(reportId);
    return report ? this.findCategory(report.categoryId) : null;
  }

  /** A unique-key error means the community already has a category of that name. */
  async insertCategory(category: ReportCategory): Promise<void> {
    await this.dataSource.manager.insert(ReportCategory, category);
  }

  /** A new community's categories, in the transaction that creates it. */
  async insertCategories(categories: ReportCategory[], manager: EntityManager): Promise<void> {
    await manager.insert(ReportCategory, categories);
  }

  async updateCategory(id: string, fields: Partial<ReportCategory>): Promise<void> {
    await this.dataSource.manager.update(ReportCategory, { id }, fields);
  }

  /**
   * One page of reports with their orders and photos, and how many match, in one statement. The inner query
   * joins only what the filter and the order need (often just `grid_orders` and its `(grid, status, deadline)`
   * index), picks the page's order ids and counts every match with a window function; the outer one joins names,
   * details and photos (a row per photo) for those reports only.
   */
  async findReports(
    filter: ReportFilter,
    offset: number,
    limit: number,
  ): Promise<{ rows: ReportRow[]; total: number }> {
    const manager = this.dataSource.manager;
    const { from, where, orderBy, params, rank } = reportQuery(filter);
    const lines = await queryRaw<ReportPhotoLine>(
      manager,
      `SELECT r.id AS reportId, r.kind AS kind, r.category_id AS categoryId, c.name AS categoryName,
              c.claimed_hours AS claimHours, r.text AS text,
              o.grid_id AS gridId, g.name AS gridName, b.name AS buildingName, r.location_detail AS locationDetail,
              r.preferred_time AS preferredTime, r.reporter_id AS reporterId, u.nickname AS reporterNickname,
              r.me_too_count AS meTooCount, r.verified_at AS verifiedAt, r.created_at AS reportCreatedAt,
              o.id AS orderId, o.status AS status, o.handler_id AS handlerId, h.nickname AS handlerNickname,
              o.escalation AS escalation, o.deadline_at AS deadlineAt, o.promised_at AS promisedAt,
              o.reopen_count AS reopenCount, o.rating AS rating, o.rating_comment AS ratingComment,
              ${filter.near ? DISTANCE : 'NULL'} AS distance, page.total AS total,
              ${rank ? flag(rank.onRoute) : 'NULL'} AS onRoute, ${rank ? flag(rank.freeFit) : 'NULL'} AS freeFit,
              ${rank ? flag(rank.expiring) : 'NULL'} AS expiring,
              ph.id AS photoId, ph.width AS photoWidth, ph.height AS photoHeight
         FROM (SELECT o.id AS id, COUNT(*) OVER () AS total FROM ${from} WHERE ${where}
                ORDER BY ${orderBy} LIMIT :limit OFFSET :offset) page
         JOIN grid_orders o ON o.id = page.id
         JOIN reports r ON r.id = o.report_id
         JOIN report_categories c ON c.id = r.category_id
         JOIN places g ON g.id = o.grid_id
         LEFT JOIN places b ON b.id = r.building_id
         JOIN users u ON u.id = r.reporter_id
         LEFT JOIN users h ON h.id = o.handler_id
         LEFT JOIN photos ph ON ph.attached_to = r.id
        ORDER BY ${orderBy}, ph.created_at, ph.id`,
      { ...params, limit, offset },
    );
    const rows = groupPhotos(lines);
    if (rows.length > 0 || offset === 0) return { rows, total: Number(lines[0]?.total ?? 0) };
    // A page past the end has no rows to carry the total: count on its own then.
    const [counted] = await queryRaw<{ n: Numeric }>(
      manager,
      `SELECT COUNT(*) AS n FROM ${from} WHERE ${where}`,
      params,
    );
    return { rows, total: Number(counted?.n ?? 0) };
  }

  /** Unresolved reports of a category near a point (within a bounding box) or in the same building, in `scopes`. */
  findNearby({ categoryId, near, buildingId, scopes }: NearbyFilter) {
    const query = this.dataSource.manager
      .createQueryBuilder(Report, 'r')
      .innerJoin(GridOrder, 'o', 'o.report_id = r.id')
      .innerJoin(Place, 'g', 'g.id = o.grid_id')
      .select('r.id', 'id')
      .where('r.category_id = :categoryId AND o.status IN (:...live)', { categoryId, live: UNRESOLVED_STATUSES });
    whereWithin(query, 'g.path', scopes);
    if (near) {
      const dLat = near.meters / 111_320;
      const dLng = dLat / Math.max(Math.cos((near.lat * Math.PI) / 180), 0.01);
      query.andWhere('r.lng BETWEEN :w AND :e AND r.lat BETWEEN :s AND :n', {
        w: near.lng - dLng,
        e: near.lng + dLng,
        s: near.lat - dLat,
        n: near.lat + dLat,
      });
    } else if (buildingId) {
      query.andWhere('r.building_id = :buildingId', { buildingId });
    } else {
      query.andWhere('1 = 0');
    }
    return query.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').limit(5).getRawMany<{ id: string }>();
  }
}
