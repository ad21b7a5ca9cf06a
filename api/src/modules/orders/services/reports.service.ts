import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  EscalationLevel,
  OrderStatus,
  type Page,
  PhotoPurpose,
  PlaceLevel,
  type ReportCategoryView,
  type ReportDetail,
  type ReportView,
} from '@tongxin/types';

import { AppConfig } from '../../../infra/config/app-config';
import { isUniqueViolation } from '../../../infra/database/db-errors';
import { newId } from '../../../infra/database/ids';
import { toDate } from '../../../infra/database/raw';
import { DomainException } from '../../../infra/http/domain.exception';
import { type PageQueryDto, toPage } from '../../../infra/http/page-query.dto';
import { AccessService } from '../../access/access.service';
import type { Caller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { PhotosService } from '../../photos/photos.service';
import { PlacesRepository } from '../../places/places.repository';
import { PlacesService } from '../../places/places.service';
import type {
  CategoriesQueryDto,
  CommunityReportsQueryDto,
  CreateCategoryDto,
  CreateReportDto,
  NearbyQueryDto,
  UpdateCategoryDto,
} from '../dto/reports.dto';
import { GridOrder } from '../entities/grid-order.entity';
import { OrderHistory } from '../entities/order-history.entity';
import { Report } from '../entities/report.entity';
import { ReportCategory } from '../entities/report-category.entity';
import { toReportView } from '../orders.mapper';
import { OrdersRepository, type ReportFilter, type ReportRow } from '../repositories/orders.repository';
import { ReportsRepository } from '../repositories/reports.repository';

/** Rounds a coordinate to 4 decimals (~10 m): enough to find duplicates and sort by distance, no more. */
const coarse = (value: number) => Math.round(value * 10_000) / 10_000;

/** Filing reports and needs, categories, duplicate hints and "me too", and who may read which report. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly orders: OrdersRepository,
    private readonly places: PlacesRepository,
    private readonly placesService: PlacesService,
    private readonly photos: PhotosService,
    private readonly access: AccessService,
    private readonly config: AppConfig,
  ) {}

  async categories(query: CategoriesQueryDto): Promise<ReportCategoryView[]> {
    return (await this.reports.findCategories(query.communityId, Boolean(query.includeInactive))).map(toCategoryView);
  }

  async createCategory(body: CreateCategoryDto): Promise<ReportCategoryView> {
    const community = await this.places.findActiveById(body.communityId);
    if (!community || community.level !== PlaceLevel.Community)
      throw new DomainException(ErrorCode.PlaceNotFound, '社区不存在');
    const category = Object.assign(new ReportCategory(), {
      id: newId(),
      communityId: body.communityId,
      name: body.name,
      kind: body.kind,
      ...body.deadlines,
      active: true,
    });
    try {
      await this.reports.insertCategory(category);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainException(ErrorCode.Conflict, '已有同名分类');
      throw error;
    }
    return toCategoryView(category);
  }

  async updateCategory(id: string, body: UpdateCategoryDto): Promise<ReportCategoryView> {
    const { deadlines, ...rest } = body;
    try {
      await this.reports.updateCategory(id, { ...rest, ...(deadlines ?? {}) });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainException(ErrorCode.Conflict, '已有同名分类');
      throw error;
    }
    const category = await this.reports.findCategory(id);
    if (!category) throw new DomainException(ErrorCode.CategoryNotFound, '分类不存在');
    return toCategoryView(category);
  }

  /** Files a report or need: it becomes an open grid order in its grid, in one transaction with its photos. */
  async file(caller: Caller, body: CreateReportDto): Promise<ReportDetail> {
    const category = await this.reports.findCategory(body.categoryId);
    if (!category || !category.active) throw new DomainException(ErrorCode.CategoryNotFound, '分类不存在');
    const where = await this.resolveLocation(body);
    if (where.communityId !== category.communityId) {
      throw new DomainException(ErrorCode.ValidationFailed, '该分类不属于所选位置的社区', [
        { field: 'categoryId', problems: ['分类与位置不在同一社区'] },
      ]);
    }
    const now = new Date();
    const report = Object.assign(new Report(), {
      id: newId(),
      kind: category.kind,
      categoryId: category.id,
      communityId: where.communityId,
      gridId: where.gridId,
      buildingId: where.buildingId,
      reporterId: caller.userId,
      text: body.text,
      locationDetail: body.location.detail ?? null,
      lng: body.location.lng === undefined ? null : coarse(body.location.lng),
      lat: body.location.lat === undefined ? null : coarse(body.location.lat),
      preferredTime: category.kind === 'need' ? (body.preferredTime ?? null) : null,
      meTooCount: 0,
      verifiedAt: null,
    });
    const order = Object.assign(new GridOrder(), {
      id: newId(),
      reportId: report.id,
      gridId: where.gridId,
      communityId: where.communityId,
      status: OrderStatus.Open,
      handlerId: null,
      claimedAt: null,
      deadlineAt: new Date(now.getTime() + category.openHours * 3_600_000),
      escalation: EscalationLevel.Grid,
      reopenCount: 0,
      rating: null,
      ratingComment: null,
    });
    await this.orders.transaction(async (manager) => {
      await this.orders.insertReport(report, order, manager);
      await this.photos.attach(manager, caller.userId, body.photoIds, report.id, PhotoPurpose.Report);
      await this.orders.insertHistory(
        Object.assign(new OrderHistory(), {
          id: newId(),
          orderId: order.id,
          action: 'created',
          fromStatus: null,
          toStatus: OrderStatus.Open,
          actorId: caller.userId,
          note: null,
          createdAt: now,
        }),
        manager,
      );
    });
    return this.detail(caller, report.id);
  }

  /** Open reports of the same category near the point or in the same building, without identities. */
  async nearby(caller: Caller, query: NearbyQueryDto): Promise<ReportView[]> {
    const hasPoint = query.lng !== undefined && query.lat !== undefined;
    const ids = await this.orders.findNearby(
      query.categoryId,
      hasPoint ? { lng: query.lng as number, lat: query.lat as number, meters: this.config.orders.nearbyMeters } : null,
      query.buildingId ?? null,
    );
    if (ids.length === 0) return [];
    const views = await Promise.all(ids.map((r) => this.view(caller, { reportId: r.id }, false)));
    return views.filter((v): v is ReportView => v !== null);
  }

  async meToo(caller: Caller, reportId: string): Promise<ReportView> {
    const report = await this.orders.findReport(reportId);
    if (!report) throw new DomainException(ErrorCode.NotFound, '上报不存在');
    if (report.reporterId === caller.userId) throw new DomainException(ErrorCode.Conflict, '这是您自己的上报');
    try {
      await this.reports.transaction((manager) => this.reports.addMeToo(reportId, caller.userId, manager));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    return (await this.view(caller, { reportId }, false)) as ReportView;
  }

  async mine(caller: Caller, query: PageQueryDto): Promise<Page<ReportView>> {
    return this.page(caller, { reporterId: caller.userId }, query, true);
  }

  /**
   * Reports of a community: staff (and grid workers) of its places see everything with identities; members
   * with any role in the community see the reports without the reporter's identity.
   */
  async community(caller: Caller, query: CommunityReportsQueryDto): Promise<Page<ReportView>> {
    const community = await this.places.findActiveById(query.communityId);
    if (!community) throw new DomainException(ErrorCode.PlaceNotFound, '社区不存在');
    const grants = await this.access.grantsOf(caller.userId);
    const staffScopes = this.access
      .scopes(grants, Permission.ReportRead)
      .filter((s) => s.startsWith(community.path) || community.path.startsWith(s));
    const member = grants.some((g) => g.placePath.startsWith(community.path) || community.path.startsWith(g.placePath));
    if (!member) throw new DomainException(ErrorCode.Forbidden, '只能查看本社区的上报');
    const sees = staffScopes.some((s) => community.path.startsWith(s));
    return this.page(caller, { communityId: community.id }, query, sees);
  }

  async detail(caller: Caller, reportId: string): Promise<ReportDetail> {
    const row = (await this.orders.findReports({ reportId }, 0, 1)).rows[0];
    if (!row) throw new DomainException(ErrorCode.NotFound, '上报不存在');
    const grid = await this.places.findActiveById(row.gridId);
    const grants = await this.access.grantsOf(caller.userId);
    const staff = grid ? this.access.allows(grants, Permission.ReportRead, grid.path) : false;
    const community = grid ? grid.path.split('/')[1] : '';
    const member = grants.some((g) => g.placePath.includes(`${community}/`));
    const involved = row.reporterId === caller.userId || row.handlerId === caller.userId;
    const grabber = grid ? this.access.allows(grants, Permission.OrderGrab, grid.path) : false;
    if (!involved && !staff && !member && !grabber) throw new DomainException(ErrorCode.NotFound, '上报不存在');
    const view = this.toView(caller, row, staff || row.handlerId === caller.userId);
    const history = await this.orders.findHistory(row.orderId);
    const photos = await this.orders.findPhotosAttachedTo(history.map((h) => String(h.id)));
    return {
      ...view,
      history: history.map((h) => ({
        id: String(h.id),
        action: String(h.action),
        fromStatus: (h.fromStatus as OrderStatus | null) ?? null,
        toStatus: h.toStatus as OrderStatus,
        // Residents who are not the reporter do not learn who reported: the "created" step is anonymous to them.
        actorNickname:
          h.action === 'created' && !(staff || involved) ? null : ((h.actorNickname as string | null) ?? null),
        note: (h.note as string | null) ?? null,
        photos: photos.filter((p) => p.attachedTo === h.id).map((p) => this.photos.toView(p)),
        createdAt: toDate(h.createdAt).toISOString(),
      })),
    };
  }

  async page(
    caller: Caller,
    filter: ReportFilter,
    query: PageQueryDto,
    seesIdentity: boolean,
  ): Promise<Page<ReportView>> {
    const { rows, total } = await this.orders.findReports(filter, (query.page - 1) * query.pageSize, query.pageSize);
    const views = rows.map((r) => this.toView(caller, r, seesIdentity));
    return toPage(views, total, query);
  }

  private async view(caller: Caller, filter: ReportFilter, seesIdentity: boolean): Promise<ReportView | null> {
    const row = (await this.orders.findReports(filter, 0, 1)).rows[0];
    return row ? this.toView(caller, row, seesIdentity) : null;
  }

  toView(caller: Caller, row: ReportRow, seesIdentity: boolean): ReportView {
    const photos = row.photos.map((p) => this.photos.toView(p));
    return toReportView(row, photos, { userId: caller.userId, seesIdentity });
  }

  private async resolveLocation(
    body: CreateReportDto,
  ): Promise<{ communityId: string; gridId: string; buildingId: string | null }> {
    const { buildingId, lng, lat } = body.location;
    if (buildingId) {
      const building = await this.places.findActiveById(buildingId);
      if (!building || building.level !== PlaceLevel.Building)
        throw new DomainException(ErrorCode.PlaceNotFound, '楼栋不存在');
      const [, communityId, gridId] = building.path.split('/');
      return { communityId, gridId, buildingId };
    }
    if (lng === undefined || lat === undefined) {
      throw new DomainException(ErrorCode.ValidationFailed, '请选择楼栋或允许定位', [
        { field: 'location', problems: ['需要楼栋或经纬度'] },
      ]);
    }
    try {
      const grid = await this.placesService.locate({ lng, lat });
      return { communityId: grid.community.id, gridId: grid.id, buildingId: null };
    } catch {
      throw new DomainException(ErrorCode.LocationOutsideGrids, '该位置不在任何网格内，请改选楼栋');
    }
  }
}

export function toCategoryView(c: ReportCategory): ReportCategoryView {
  return {
    id: c.id,
    communityId: c.communityId,
    name: c.name,
    kind: c.kind,
    deadlines: { openHours: c.openHours, claimedHours: c.claimedHours, inProgressHours: c.inProgressHours },
    active: c.active,
  };
}
