import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  FlaggableKind,
  type ModerationState,
  OrderStatus,
  type Page,
  type ReportDetail,
  type ReportView,
} from '@tongxin/types';

import { AppConfig } from '../../../infra/config/app-config';
import { DomainException } from '../../../infra/http/domain.exception';
import { type PageQueryDto, toPage } from '../../../infra/http/page-query.dto';
import { AccessService } from '../../access/access.service';
import type { Caller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { ModerationService } from '../../moderation/moderation.service';
import { PhotosService } from '../../photos/photos.service';
import { PlacesRepository } from '../../places/places.repository';
import { RiderRoutesService } from '../../rider-routes/rider-routes.service';
import type { HallQueryDto, QueueQueryDto } from '../dto/orders.dto';
import { toOrderHistoryEntry, toReportView } from '../orders.mapper';
import { OrdersRepository } from '../repositories/orders.repository';
import { type ReportFilter, type ReportRow, ReportsRepository } from '../repositories/reports.repository';

/** The moderation states a page of reports needs: the caller's own reports', and hidden photos. */
interface ModerationOfPage {
  reports: Map<string, ModerationState>;
  photos: Map<string, ModerationState>;
}

/** A page of report cards, each shown to the caller with or without the reporter's identity. */
export interface ReportList {
  caller: Caller;
  filter: ReportFilter;
  query: PageQueryDto;
  seesIdentity: boolean;
}

/**
 * Reads reports with their orders for one caller: who may read which report and with whose names, and the order
 * lists (the hall, a handler's orders, the staff queue).
 */
@Injectable()
export class ReportViewsService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly orders: OrdersRepository,
    private readonly places: PlacesRepository,
    private readonly photos: PhotosService,
    private readonly access: AccessService,
    private readonly moderation: ModerationService,
    private readonly routes: RiderRoutesService,
    private readonly config: AppConfig,
  ) {}

  /**
   * A report as the caller may read it — those involved (reporter, handler), and members of its community (which
   * takes in its staff and the grid members who may grab it) — else NOT_FOUND, as for a report that is not there.
   */
  async readable(caller: Caller, reportId: string): Promise<{ row: ReportRow; staff: boolean; involved: boolean }> {
    const row = (await this.reports.findReports({ reportId, viewerId: caller.userId }, 0, 1)).rows[0];
    if (!row) throw new DomainException(ErrorCode.NotFound, '上报不存在');
    const grid = await this.places.findActiveById(row.gridId);
    const grants = await this.access.grantsOf(caller.userId);
    const staff = grid ? this.access.allows(grants, Permission.ReportRead, grid.path) : false;
    const member = grid ? this.access.belongsTo(grants, grid.path) : false;
    const involved = row.reporterId === caller.userId || row.handlerId === caller.userId;
    if (!involved && !member) throw new DomainException(ErrorCode.NotFound, '上报不存在');
    return { row, staff, involved };
  }

  /** A report, its order and the order's timeline, for those who may read it (`readable`). */
  async detail(caller: Caller, reportId: string): Promise<ReportDetail> {
    const { row, staff, involved } = await this.readable(caller, reportId);
    const view = this.toView(
      caller,
      row,
      staff || row.handlerId === caller.userId,
      await this.moderationOf(caller, [row]),
    );
    const history = await this.orders.findHistory(row.orderId);
    const attached = await this.orders.findPhotosAttachedTo(history.map((h) => h.id));
    const hidden = await this.moderation.unseenStates(
      FlaggableKind.Photo,
      attached.map((p) => p.id),
    );
    // A step photo moderation keeps from others is left out for all but its uploader.
    const photos = attached.filter((p) => p.ownerId === caller.userId || !hidden.has(p.id));
    return {
      ...view,
      history: history.map((h) =>
        toOrderHistoryEntry(
          h,
          photos.filter((p) => p.attachedTo === h.id).map((p) => this.photos.toView(p)),
          { seesReporter: staff || involved },
        ),
      ),
    };
  }

  /**
   * 抢单大厅: open orders in the grids where the caller may grab — not their own reports, which they may not grab.
   * Ranked in the statement (我的顺路): on the caller's route and fitting their free time first, then on their route,
   * then the rest; within each, nearest first when a location is given, then soonest due. Each card says why.
   */
  async hall(caller: Caller, query: HallQueryDto, now = new Date()): Promise<Page<ReportView>> {
    const where = this.access.gridScope(caller.grants ?? [], Permission.OrderGrab);
    const near = query.lng !== undefined && query.lat !== undefined ? { lng: query.lng, lat: query.lat } : undefined;
    const rank = {
      ...(await this.routes.ranking(caller.userId, now)),
      expiringBefore: new Date(now.getTime() + this.config.orderAlerts.expiryMinutes * 60_000),
    };
    return this.page({
      caller,
      filter: {
        ...where,
        statuses: [OrderStatus.Open],
        near,
        orderBy: 'deadline',
        notReporterId: caller.userId,
        rank,
      },
      query,
      seesIdentity: false,
    });
  }

  /** The orders the caller handles, by deadline. */
  handledBy(caller: Caller, query: PageQueryDto): Promise<Page<ReportView>> {
    return this.page({
      caller,
      filter: { handlerIds: [caller.userId], orderBy: 'deadline' },
      query,
      seesIdentity: true,
    });
  }

  /** Staff queue: everything in their places by deadline, overdue first. */
  queue(caller: Caller, query: QueueQueryDto): Promise<Page<ReportView>> {
    const scopes = this.access.scopes(caller.grants ?? [], Permission.OrderDispatch);
    return this.page({
      caller,
      filter: {
        scopes,
        statuses: query.status ? [query.status] : undefined,
        gridIds: query.gridId ? [query.gridId] : undefined,
        orderBy: 'deadline',
      },
      query,
      seesIdentity: true,
    });
  }

  async page({ caller, filter, query, seesIdentity }: ReportList): Promise<Page<ReportView>> {
    const { rows, total } = await this.reports.findReports(
      { ...filter, viewerId: caller.userId },
      (query.page - 1) * query.pageSize,
      query.pageSize,
    );
    const moderation = await this.moderationOf(caller, rows);
    return toPage(
      rows.map((r) => this.toView(caller, r, seesIdentity, moderation)),
      total,
      query,
    );
  }

  /** The first report card the filter finds, if any. */
  async first(caller: Caller, filter: ReportFilter, seesIdentity: boolean): Promise<ReportView | null> {
    const row = (await this.reports.findReports({ ...filter, viewerId: caller.userId }, 0, 1)).rows[0];
    return row ? this.toView(caller, row, seesIdentity, await this.moderationOf(caller, [row])) : null;
  }

  /**
   * What moderation keeps from others among these rows: the caller's own reports' states (they see theirs with a
   * badge), and photos hidden by flags or WeChat's check (left out for all but their uploader).
   */
  private async moderationOf(caller: Caller, rows: ReportRow[]): Promise<ModerationOfPage> {
    const mine = rows.filter((r) => r.reporterId === caller.userId).map((r) => r.reportId);
    const photoIds = rows.flatMap((r) => r.photos.map((p) => p.id));
    const [reports, photos] = await Promise.all([
      this.moderation.unseenStates(FlaggableKind.Report, mine),
      this.moderation.unseenStates(FlaggableKind.Photo, photoIds),
    ]);
    return { reports, photos };
  }

  private toView(caller: Caller, row: ReportRow, seesIdentity: boolean, moderation: ModerationOfPage): ReportView {
    const own = row.reporterId === caller.userId;
    const photos = row.photos.filter((p) => own || !moderation.photos.has(p.id)).map((p) => this.photos.toView(p));
    return toReportView(row, photos, {
      userId: caller.userId,
      seesIdentity,
      moderation: moderation.reports.get(row.reportId) ?? null,
    });
  }
}
