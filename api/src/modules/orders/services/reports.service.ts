import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  EscalationLevel,
  FlaggableKind,
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
import { DomainException } from '../../../infra/http/domain.exception';
import type { PageQueryDto } from '../../../infra/http/page-query.dto';
import { AccessService, forbidden } from '../../access/access.service';
import type { Caller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { AlertsService } from '../../alerts/alerts.service';
import { ContentScreenService } from '../../moderation/content-screen.service';
import { ModerationService } from '../../moderation/moderation.service';
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
import { Report } from '../entities/report.entity';
import { ReportCategory } from '../entities/report-category.entity';
import { toCategoryView } from '../orders.mapper';
import { OrdersRepository } from '../repositories/orders.repository';
import { ReportsRepository } from '../repositories/reports.repository';
import { ReportViewsService } from './report-views.service';

/** Rounds a coordinate to 4 decimals (~10 m): enough to find duplicates and sort by distance, no more. */
const coarse = (value: number) => Math.round(value * 10_000) / 10_000;

/** Filing reports and needs (each opens a grid order), categories, duplicate hints, "me too", and report lists. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly orders: OrdersRepository,
    private readonly views: ReportViewsService,
    private readonly places: PlacesRepository,
    private readonly placesService: PlacesService,
    private readonly photos: PhotosService,
    private readonly access: AccessService,
    private readonly config: AppConfig,
    private readonly screen: ContentScreenService,
    private readonly moderation: ModerationService,
    private readonly alerts: AlertsService,
  ) {}

  /** The categories residents pick from; retired ones too for those who may manage the community's categories. */
  async categories(caller: Caller | null, query: CategoriesQueryDto): Promise<ReportCategoryView[]> {
    if (query.includeInactive) {
      const community = await this.places.findActiveById(query.communityId);
      const grants = caller ? await this.access.grantsOf(caller.userId) : [];
      if (!community || !this.access.allows(grants, Permission.CategoryManage, community.path)) throw forbidden();
    }
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
    const community = await this.places.findActiveById(where.communityId);
    const verdict = await this.screen.screen({
      authorId: caller.userId,
      texts: [body.text, body.location.detail],
      scene: 3,
      placePath: community?.path ?? null,
    });
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
    await this.reports.transaction(async (manager) => {
      await this.reports.insertReport(report, manager);
      await this.orders.insertOrder(order, manager);
      await this.photos.attach(manager, caller.userId, body.photoIds, report.id, PhotoPurpose.Report);
      await this.moderation.holdIfNeeded(
        {
          kind: FlaggableKind.Report,
          recordId: report.id,
          placeId: where.gridId,
          authorId: caller.userId,
          excerpt: body.text,
          verdict,
        },
        manager,
      );
      await this.orders.insertHistory(
        {
          orderId: order.id,
          action: 'created',
          from: null,
          to: OrderStatus.Open,
          actorId: caller.userId,
          note: null,
          at: now,
        },
        manager,
      );
    });
    for (const photoId of new Set(body.photoIds)) {
      await this.moderation.checkPhoto({ photoId, ownerId: caller.userId, signedPath: this.photos.signedUrl(photoId) });
    }
    // A report held for review is not in the hall yet: nobody is told of it.
    if (verdict.outcome !== 'held') {
      await this.alerts.announce({
        gridId: order.gridId,
        reportId: report.id,
        text: report.text,
        reason: 'new',
        waiting: await this.orders.countOpenInGrid(order.gridId),
        skip: [caller.userId],
      });
    }
    return this.views.detail(caller, report.id);
  }

  /**
   * Open reports of the same category near the point or in the same building, without identities, and only in
   * the places the caller is a member of (their home's community, or where they hold a role).
   */
  async nearby(caller: Caller, query: NearbyQueryDto): Promise<ReportView[]> {
    const hasPoint = query.lng !== undefined && query.lat !== undefined;
    const ids = await this.reports.findNearby({
      categoryId: query.categoryId,
      near: hasPoint
        ? { lng: query.lng as number, lat: query.lat as number, meters: this.config.orders.nearbyMeters }
        : null,
      buildingId: query.buildingId ?? null,
      scopes: this.access.memberScopes(await this.access.grantsOf(caller.userId)),
    });
    if (ids.length === 0) return [];
    const cards = await Promise.all(ids.map((r) => this.views.first(caller, { reportId: r.id }, false)));
    return cards.filter((v): v is ReportView => v !== null);
  }

  /** "Me too" on a report the caller may read (anything else is NOT_FOUND, as reading it would be). */
  async meToo(caller: Caller, reportId: string): Promise<ReportView> {
    const { row } = await this.views.readable(caller, reportId);
    if (row.reporterId === caller.userId) throw new DomainException(ErrorCode.Conflict, '这是您自己的上报');
    try {
      await this.reports.transaction((manager) => this.reports.addMeToo(reportId, caller.userId, manager));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    return (await this.views.first(caller, { reportId }, false)) as ReportView;
  }

  async mine(caller: Caller, query: PageQueryDto): Promise<Page<ReportView>> {
    return this.views.page({ caller, filter: { reporterId: caller.userId }, query, seesIdentity: true });
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
    if (!this.access.belongsTo(grants, community.path))
      throw new DomainException(ErrorCode.Forbidden, '只能查看本社区的上报');
    const sees = staffScopes.some((s) => community.path.startsWith(s));
    return this.views.page({ caller, filter: { communityId: community.id }, query, seesIdentity: sees });
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
