import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EscalationLevel, OrderStatus } from '@tongxin/types';
import { DataSource, type EntityManager, In, LessThan } from 'typeorm';

import { insertUnlessPresent } from '../../../infra/database/db-errors';
import { queryRaw } from '../../../infra/database/raw';
import { inTransaction } from '../../../infra/database/transaction';
import { whereWithin } from '../../access/access.repository';
import { Photo } from '../../photos/photo.entity';
import { Place } from '../../places/place.entity';
import { User } from '../../users/user.entity';
import { FollowUp } from '../entities/follow-up.entity';
import { GridOrder } from '../entities/grid-order.entity';
import { HandlerLoad } from '../entities/handler-load.entity';
import { OrderHistory } from '../entities/order-history.entity';
import { Report } from '../entities/report.entity';
import { ReportCategory } from '../entities/report-category.entity';

/** One row of a report list: report, its order, and names. */
export interface ReportRow {
  reportId: string;
  kind: Report['kind'];
  categoryId: string;
  categoryName: string;
  text: string;
  gridId: string;
  gridName: string;
  buildingName: string | null;
  locationDetail: string | null;
  preferredTime: string | null;
  reporterId: string;
  reporterNickname: string;
  meTooCount: number | string;
  verifiedAt: Date | string | null;
  reportCreatedAt: Date | string;
  orderId: string;
  status: OrderStatus;
  handlerId: string | null;
  handlerNickname: string | null;
  escalation: EscalationLevel;
  deadlineAt: Date | string | null;
  reopenCount: number | string;
  rating: number | string | null;
  ratingComment: string | null;
  distance: number | string | null;
  /** The report's photos in upload order. */
  photos: ReportPhoto[];
}

export type ReportPhoto = Pick<Photo, 'id' | 'width' | 'height'>;

/** One row of the page statement: a report with one of its photos (or none). */
type ReportPhotoRow = Omit<ReportRow, 'photos'> & {
  total: number | string;
  photoId: string | null;
  photoWidth: number | string | null;
  photoHeight: number | string | null;
};

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
  /** Order by distance from here (nulls last), else by deadline or newest. */
  near?: { lng: number; lat: number };
  orderBy?: 'newest' | 'deadline';
}

/**
 * Equirectangular distance in degrees², scaled by cos(lat) for longitude: arithmetic only, so it runs on MySQL
 * and SQLite alike; good enough to sort within a neighbourhood.
 */
const DISTANCE = '((r.lng - :nlng) * :nk) * ((r.lng - :nlng) * :nk) + (r.lat - :nlat) * (r.lat - :nlat)';

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
  if (filter.handlerIds)
    add(filter.handlerIds.length > 0 ? 'o.handler_id IN (:...handlerIds)' : '1 = 0', { handlerIds: filter.handlerIds });
  if (filter.communityId) add('o.community_id = :communityId', { communityId: filter.communityId });
  if (filter.scopes) whereWithin({ andWhere: add }, 'g.path', filter.scopes);
  if (filter.gridIds)
    add(filter.gridIds.length > 0 ? 'o.grid_id IN (:...gridIds)' : '1 = 0', { gridIds: filter.gridIds });
  if (filter.statuses) add('o.status IN (:...statuses)', { statuses: filter.statuses });
  if (filter.categoryId) add('r.category_id = :categoryId', { categoryId: filter.categoryId });

  let orderBy: string;
  if (filter.near) {
    const { lng, lat } = filter.near;
    Object.assign(params, { nlng: lng, nlat: lat, nk: Math.cos((lat * Math.PI) / 180) });
    orderBy = `CASE WHEN r.lng IS NULL THEN 1 ELSE 0 END, ${DISTANCE}, o.id`;
  } else if (filter.orderBy === 'deadline') {
    orderBy = 'o.deadline_at, o.id';
  } else {
    orderBy = 'r.created_at DESC, o.id DESC';
  }
  const needsReport = Boolean(filter.reporterId || filter.categoryId || filter.near || filter.orderBy !== 'deadline');
  const from = [
    'grid_orders o',
    needsReport ? 'JOIN reports r ON r.id = o.report_id' : '',
    filter.scopes ? 'JOIN places g ON g.id = o.grid_id' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { from, where: where.join(' AND '), orderBy, params };
}

/** Folds the statement's row-per-photo back into one row per report, keeping the order (rows are reused as-is). */
function groupPhotos(raw: ReportPhotoRow[]): ReportRow[] {
  const rows: (ReportPhotoRow & ReportRow)[] = [];
  for (const line of raw) {
    let row = rows.at(-1);
    if (row?.reportId !== line.reportId) rows.push((row = Object.assign(line, { photos: [] })));
    if (line.photoId)
      row.photos.push({ id: line.photoId, width: Number(line.photoWidth), height: Number(line.photoHeight) });
  }
  return rows;
}

const ACTIVE: OrderStatus[] = [OrderStatus.Claimed, OrderStatus.InProgress];

@Injectable()
export class OrdersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  async insertReport(report: Report, order: GridOrder, manager: EntityManager): Promise<void> {
    await manager.insert(Report, report);
    await manager.insert(GridOrder, order);
  }

  async insertHistory(entry: OrderHistory, manager: EntityManager): Promise<void> {
    await manager.insert(OrderHistory, entry);
  }

  findOrder(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(GridOrder, { where: { id } });
  }

  findOrderByReport(reportId: string) {
    return this.dataSource.manager.findOne(GridOrder, { where: { reportId } });
  }

  findReport(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(Report, { where: { id } });
  }

  findCategory(id: string) {
    return this.dataSource.manager.findOne(ReportCategory, { where: { id } });
  }

  /**
   * Moves an order from one of `from` to `to` if it is still there (and, when given, still held by `handlerId`);
   * true for the one caller that did it.
   */
  async transition(
    id: string,
    from: OrderStatus[],
    set: Partial<GridOrder>,
    manager: EntityManager,
    extra: { handlerId?: string | null; deadlineBefore?: Date; claimedBefore?: Date } = {},
  ): Promise<boolean> {
    const query = manager
      .createQueryBuilder()
      .update(GridOrder)
      .set(set)
      .where('id = :id AND status IN (:...from)', { id, from });
    // The handler the caller saw: none (an open order) is IS NULL, which `= NULL` never matches.
    if (extra.handlerId === null) query.andWhere('handler_id IS NULL');
    else if (extra.handlerId !== undefined) query.andWhere('handler_id = :handlerId', { handlerId: extra.handlerId });
    if (extra.deadlineBefore) query.andWhere('deadline_at < :deadline', { deadline: extra.deadlineBefore });
    if (extra.claimedBefore) query.andWhere('claimed_at < :claimed', { claimed: extra.claimedBefore });
    return ((await query.execute()).affected ?? 0) === 1;
  }

  /** Escalates one level if the order is still at `from` with the deadline it had when the sweep read it. */
  async escalate(
    id: string,
    from: EscalationLevel,
    to: EscalationLevel,
    oldDeadline: Date,
    newDeadline: Date,
    manager: EntityManager,
  ) {
    const result = await manager
      .createQueryBuilder()
      .update(GridOrder)
      .set({ escalation: to, deadlineAt: newDeadline })
      .where('id = :id AND escalation = :from AND deadline_at = :oldDeadline AND status IN (:...live)', {
        id,
        from,
        oldDeadline,
        live: [OrderStatus.Open, OrderStatus.Claimed, OrderStatus.InProgress],
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  ensureLoad(userId: string): Promise<void> {
    return insertUnlessPresent(this.dataSource.manager, HandlerLoad, { userId, active: 0 });
  }

  /** One more active order for the handler unless that passes `cap` (null: no cap, e.g. a reopened order). */
  async loadUp(userId: string, cap: number | null, manager: EntityManager): Promise<boolean> {
    const query = manager
      .createQueryBuilder()
      .update(HandlerLoad)
      .set({ active: () => 'active + 1' })
      .where('user_id = :userId', { userId });
    if (cap !== null) query.andWhere('active < :cap', { cap });
    return ((await query.execute()).affected ?? 0) === 1;
  }

  async loadDown(userId: string, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(HandlerLoad)
      .set({ active: () => 'active - 1' })
      .where('user_id = :userId AND active > 0', { userId })
      .execute();
  }

  /** Orders whose state ran out: claims not started, escalations due, finished orders awaiting confirmation. */
  findDue(status: OrderStatus[], before: Date, limit: number, field: 'deadline_at' | 'claimed_at' = 'deadline_at') {
    return this.dataSource.manager.find(GridOrder, {
      where: {
        status: In(status),
        ...(field === 'deadline_at' ? { deadlineAt: LessThan(before) } : { claimedAt: LessThan(before) }),
      },
      order: field === 'deadline_at' ? { deadlineAt: 'ASC' } : { claimedAt: 'ASC' },
      take: limit,
    });
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
    const { from, where, orderBy, params } = reportQuery(filter);
    const raw = await queryRaw<ReportPhotoRow>(
      manager,
      `SELECT r.id AS reportId, r.kind AS kind, r.category_id AS categoryId, c.name AS categoryName, r.text AS text,
              o.grid_id AS gridId, g.name AS gridName, b.name AS buildingName, r.location_detail AS locationDetail,
              r.preferred_time AS preferredTime, r.reporter_id AS reporterId, u.nickname AS reporterNickname,
              r.me_too_count AS meTooCount, r.verified_at AS verifiedAt, r.created_at AS reportCreatedAt,
              o.id AS orderId, o.status AS status, o.handler_id AS handlerId, h.nickname AS handlerNickname,
              o.escalation AS escalation, o.deadline_at AS deadlineAt, o.reopen_count AS reopenCount,
              o.rating AS rating, o.rating_comment AS ratingComment,
              ${filter.near ? DISTANCE : 'NULL'} AS distance, page.total AS total,
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
    const rows = groupPhotos(raw);
    if (rows.length > 0 || offset === 0) return { rows, total: Number(raw[0]?.total ?? 0) };
    // A page past the end has no rows to carry the total: count on its own then.
    const [counted] = await queryRaw<{ n: number | string }>(
      manager,
      `SELECT COUNT(*) AS n FROM ${from} WHERE ${where}`,
      params,
    );
    return { rows, total: Number(counted?.n ?? 0) };
  }

  /** Open reports of a category near a point (within a bounding box) or in the same building. */
  findNearby(categoryId: string, near: { lng: number; lat: number; meters: number } | null, buildingId: string | null) {
    const query = this.dataSource.manager
      .createQueryBuilder(Report, 'r')
      .innerJoin(GridOrder, 'o', 'o.report_id = r.id')
      .select('r.id', 'id')
      .where('r.category_id = :categoryId AND o.status IN (:...live)', {
        categoryId,
        live: [OrderStatus.Open, OrderStatus.Claimed, OrderStatus.InProgress, OrderStatus.Done],
      });
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

  async findHistory(orderId: string) {
    const rows = await this.dataSource.manager
      .createQueryBuilder(OrderHistory, 'e')
      .leftJoin(User, 'u', 'u.id = e.actor_id')
      .select([
        'e.id AS id',
        'e.action AS action',
        'e.from_status AS fromStatus',
        'e.to_status AS toStatus',
        'u.nickname AS actorNickname',
        'e.note AS note',
        'e.created_at AS createdAt',
      ])
      .where('e.order_id = :orderId', { orderId })
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getRawMany<Record<string, unknown>>();
    return rows;
  }

  findPhotosAttachedTo(ids: string[]): Promise<Photo[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(Photo, {
      where: { attachedTo: In(ids) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async activeLoad(userId: string): Promise<number> {
    return this.dataSource.manager.count(GridOrder, { where: { handlerId: userId, status: In(ACTIVE) } });
  }

  async insertFollowUp(row: FollowUp, manager: EntityManager): Promise<void> {
    await manager.insert(FollowUp, row);
  }

  async findFollowUps(scopes: string[], status: 'open' | 'done', offset: number, limit: number) {
    const query = this.dataSource.manager
      .createQueryBuilder(FollowUp, 'f')
      .innerJoin(Place, 'p', 'p.id = f.community_id')
      .where('f.status = :status', { status });
    whereWithin(query, 'p.path', scopes);
    const total = await query.clone().getCount();
    const rows = await query
      .orderBy('f.created_at', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .offset(offset)
      .limit(limit)
      .getMany();
    return { rows, total };
  }

  async closeFollowUp(id: string): Promise<boolean> {
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(FollowUp)
      .set({ status: 'done', doneAt: new Date() })
      .where('id = :id AND status = :open', { id, open: 'open' })
      .execute();
    return (result.affected ?? 0) === 1;
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
}
