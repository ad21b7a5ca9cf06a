import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventStatus, FlaggableKind, type ReportKind } from '@tongxin/types';
import type { DataSource } from 'typeorm';

import { queryRaw, toDate } from '../../infra/database/raw';
import { seenByOthers } from '../moderation/moderation.repository';

export interface HeldEventRow {
  id: string;
  title: string;
  startsAt: Date;
  attendance: number;
}

/** A resolved order as the results board shows it: no reporter, no handler, no text. */
export interface FixedRow {
  orderId: string;
  reportId: string;
  kind: ReportKind;
  categoryName: string;
  gridName: string;
  buildingName: string | null;
  resolvedAt: Date;
  /** The order's last 完成 step, whose photos show the fix. */
  finishEntryId: string | null;
}

export interface PhotoRow {
  id: string;
  attachedTo: string;
  width: number;
  height: number;
}

const LIVE = ['open', 'claimed', 'in_progress'];

/**
 * What residents see of their community's work (办实事公开, 网格周报): a few bounded, indexed reads of what is live
 * or recent; the counts come from the rollups. Nothing here names a reporter or a handler, and anything moderation
 * keeps from others stays out.
 */
@Injectable()
export class ResultsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async recentEvents(communityPath: string, now: Date, limit: number): Promise<HeldEventRow[]> {
    const rows = await queryRaw<{ id: string; title: string; startsAt: unknown; attendance: number | string }>(
      this.dataSource.manager,
      `SELECT e.id AS id, e.title AS title, e.starts_at AS startsAt,
         (SELECT COUNT(*) FROM event_checkins c WHERE c.event_id = e.id AND c.undone_at IS NULL) AS attendance
       FROM events e JOIN places p ON p.id = e.place_id
       WHERE e.status = :published AND e.starts_at < :now AND p.path LIKE :prefix
         AND ${seenByOthers(FlaggableKind.Event, 'e.id')}
       ORDER BY e.starts_at DESC LIMIT ${Number(limit)}`,
      { published: EventStatus.Published, now, prefix: `${communityPath}%` },
    );
    return rows.map((r) => ({ ...r, startsAt: toDate(r.startsAt), attendance: Number(r.attendance) }));
  }

  async fixedPage(
    communityId: string,
    page: { offset: number; limit: number },
  ): Promise<{ rows: FixedRow[]; total: number }> {
    const where = `o.community_id = :communityId AND o.resolved_at IS NOT NULL AND ${seenByOthers(FlaggableKind.Report, 'o.report_id')}`;
    const [rows, count] = await Promise.all([
      queryRaw<Omit<FixedRow, 'resolvedAt'> & { resolvedAt: unknown }>(
        this.dataSource.manager,
        `SELECT o.id AS orderId, o.report_id AS reportId, r.kind AS kind, c.name AS categoryName,
           g.name AS gridName, b.name AS buildingName, o.resolved_at AS resolvedAt,
           (SELECT h.id FROM order_history h WHERE h.order_id = o.id AND h.action = 'finished'
             ORDER BY h.created_at DESC LIMIT 1) AS finishEntryId
         FROM grid_orders o
         JOIN reports r ON r.id = o.report_id
         JOIN report_categories c ON c.id = r.category_id
         JOIN places g ON g.id = o.grid_id
         LEFT JOIN places b ON b.id = r.building_id
         WHERE ${where}
         ORDER BY o.resolved_at DESC, o.id DESC LIMIT ${Number(page.limit)} OFFSET ${Number(page.offset)}`,
        { communityId },
      ),
      queryRaw<{ n: number | string }>(
        this.dataSource.manager,
        `SELECT COUNT(*) AS n FROM grid_orders o WHERE ${where}`,
        {
          communityId,
        },
      ),
    ]);
    return {
      rows: rows.map((r) => ({ ...r, resolvedAt: toDate(r.resolvedAt) })),
      total: Number(count[0]?.n ?? 0),
    };
  }

  /** Photos attached to `ids` that moderation lets others see. */
  visiblePhotos(ids: string[]): Promise<PhotoRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return queryRaw<PhotoRow>(
      this.dataSource.manager,
      `SELECT p.id AS id, p.attached_to AS attachedTo, p.width AS width, p.height AS height FROM photos p
       WHERE p.attached_to IN (:...ids) AND ${seenByOthers(FlaggableKind.Photo, 'p.id')}
       ORDER BY p.created_at, p.id`,
      { ids },
    );
  }

  /** A grid's live orders: how many, and the oldest few with their category. */
  async openInGrid(
    gridId: string,
    limit: number,
  ): Promise<{ total: number; oldest: { categoryName: string; createdAt: Date }[] }> {
    const where = `o.grid_id = :gridId AND o.status IN (:...live) AND ${seenByOthers(FlaggableKind.Report, 'o.report_id')}`;
    const [count, oldest] = await Promise.all([
      queryRaw<{ n: number | string }>(
        this.dataSource.manager,
        `SELECT COUNT(*) AS n FROM grid_orders o WHERE ${where}`,
        {
          gridId,
          live: LIVE,
        },
      ),
      queryRaw<{ categoryName: string; createdAt: unknown }>(
        this.dataSource.manager,
        `SELECT c.name AS categoryName, r.created_at AS createdAt FROM grid_orders o
         JOIN reports r ON r.id = o.report_id JOIN report_categories c ON c.id = r.category_id
         WHERE ${where} ORDER BY r.created_at ASC LIMIT ${Number(limit)}`,
        { gridId, live: LIVE },
      ),
    ]);
    return {
      total: Number(count[0]?.n ?? 0),
      oldest: oldest.map((o) => ({ categoryName: o.categoryName, createdAt: toDate(o.createdAt) })),
    };
  }

  /** Items put on the community's shelf in a span, newest first. */
  newMallItems(communityId: string, span: { from: Date; to: Date }, limit: number) {
    return queryRaw<{ name: string; pointsPrice: number | string }>(
      this.dataSource.manager,
      `SELECT name, points_price AS pointsPrice FROM mall_items
       WHERE community_id = :communityId AND on_shelf = :onShelf AND created_at >= :from AND created_at < :to
       ORDER BY created_at DESC LIMIT ${Number(limit)}`,
      { communityId, onShelf: true, from: span.from, to: span.to },
    );
  }
}
