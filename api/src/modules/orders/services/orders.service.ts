import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  NotificationKind,
  OrderStatus,
  type Page,
  PhotoPurpose,
  PointsSource,
  type ReportDetail,
  type ReportView,
} from '@tongxin/types';
import { PinoLogger } from 'nestjs-pino';
import type { EntityManager } from 'typeorm';

import { AppConfig } from '../../../infra/config/app-config';
import { newId } from '../../../infra/database/ids';
import { DomainException } from '../../../infra/http/domain.exception';
import type { PageQueryDto } from '../../../infra/http/page-query.dto';
import { AccessService, forbidden } from '../../access/access.service';
import type { Caller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { gist, type Notice, NotificationsService } from '../../notifications/notifications.service';
import { PhotosService } from '../../photos/photos.service';
import { PlacesRepository } from '../../places/places.repository';
import { LedgerService } from '../../points/ledger.service';
import type { AssignOrderDto, ConfirmOrderDto, HallQueryDto, OrderActionDto, QueueQueryDto } from '../dto/orders.dto';
import { FollowUp } from '../entities/follow-up.entity';
import type { GridOrder } from '../entities/grid-order.entity';
import { OrderHistory } from '../entities/order-history.entity';
import { OrdersRepository } from '../repositories/orders.repository';
import { ReportsService } from './reports.service';

const ACTIVE: OrderStatus[] = [OrderStatus.Claimed, OrderStatus.InProgress];
const hours = (n: number) => n * 3_600_000;

/**
 * The grid order state machine: open → claimed → in progress → done → confirmed (or reopened) → closed, and
 * cancelled. Every move is one conditional UPDATE on the current status, so concurrent actors cannot both win;
 * repeating a move one already made (a retry after a network drop) answers with the current state.
 */
@Injectable()
export class OrdersService {
  constructor(
    private readonly orders: OrdersRepository,
    private readonly reports: ReportsService,
    private readonly places: PlacesRepository,
    private readonly photos: PhotosService,
    private readonly access: AccessService,
    private readonly ledger: LedgerService,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(OrdersService.name);
  }

  /** 抢单: exactly one grabber wins; the per-person cap on active orders is settled in the same transaction. */
  async grab(caller: Caller, orderId: string): Promise<ReportDetail> {
    const order = await this.require(orderId);
    if (order.handlerId === caller.userId && ACTIVE.includes(order.status)) return this.detail(caller, order);
    await this.orders.ensureLoad(caller.userId);
    const category = await this.categoryOf(order);
    await this.orders.transaction(async (manager) => {
      const now = new Date();
      const won = await this.orders.transition(
        orderId,
        [OrderStatus.Open],
        {
          status: OrderStatus.Claimed,
          handlerId: caller.userId,
          claimedAt: now,
          deadlineAt: new Date(now.getTime() + hours(category.claimedHours)),
        },
        manager,
      );
      if (!won) throw new DomainException(ErrorCode.OrderAlreadyClaimed, '手慢了，该工单已被抢走');
      if (!(await this.orders.loadUp(caller.userId, this.config.orders.activeCap, manager))) {
        throw new DomainException(
          ErrorCode.ActiveOrderCapReached,
          `同时最多处理 ${this.config.orders.activeCap} 个工单`,
        );
      }
      await this.history(manager, order, 'grabbed', OrderStatus.Open, OrderStatus.Claimed, caller.userId, null);
    });
    return this.detail(caller, order);
  }

  async start(caller: Caller, orderId: string): Promise<ReportDetail> {
    const order = await this.require(orderId);
    if (order.handlerId !== caller.userId) throw forbidden();
    if (order.status === OrderStatus.InProgress) return this.detail(caller, order);
    const category = await this.categoryOf(order);
    await this.move(order, [OrderStatus.Claimed], OrderStatus.InProgress, 'started', caller.userId, null, {
      handlerId: caller.userId,
      set: { deadlineAt: new Date(Date.now() + hours(category.inProgressHours)) },
    });
    return this.detail(caller, order);
  }

  /** The handler finishes with a note and proof photos; the reporter then has a while to answer. */
  async finish(caller: Caller, orderId: string, body: OrderActionDto): Promise<ReportDetail> {
    const order = await this.require(orderId);
    if (order.handlerId !== caller.userId) throw forbidden();
    if (order.status === OrderStatus.Done) return this.detail(caller, order);
    if (!body.note || !body.photoIds?.length) {
      throw new DomainException(ErrorCode.ValidationFailed, '请填写处理说明并上传现场照片', [
        { field: 'photoIds', problems: ['至少一张处理后的照片'] },
      ]);
    }
    const report = await this.orders.findReport(order.reportId);
    await this.move(order, [OrderStatus.InProgress], OrderStatus.Done, 'finished', caller.userId, body.note, {
      handlerId: caller.userId,
      set: { deadlineAt: new Date(Date.now() + hours(this.config.orders.autoConfirmHours)) },
      photoIds: body.photoIds,
      releaseLoad: caller.userId,
      notify: report && {
        userId: report.reporterId,
        kind: NotificationKind.OrderFinished,
        title: '问题已处理，请确认',
        body: `您反映的「${gist(report.text)}」已处理完成，请查看处理照片，确认是否解决。`,
      },
    });
    return this.detail(caller, order);
  }

  /** The reporter confirms and rates; the handler is paid once; a rating of 2 or less opens a follow-up. */
  async confirm(caller: Caller, orderId: string, body: ConfirmOrderDto): Promise<ReportDetail> {
    const order = await this.require(orderId);
    const report = await this.orders.findReport(order.reportId);
    if (!report || report.reporterId !== caller.userId) throw forbidden();
    if (order.status !== OrderStatus.Confirmed) {
      await this.move(
        order,
        [OrderStatus.Done],
        OrderStatus.Confirmed,
        'confirmed',
        caller.userId,
        body.comment ?? null,
        {
          set: { rating: body.rating, ratingComment: body.comment ?? null, deadlineAt: null },
          after: async (manager) => {
            if (body.rating <= 2) {
              await this.notifications.notifyPlace(
                report.communityId,
                'community',
                {
                  kind: NotificationKind.OrderFollowUp,
                  title: '差评待回访',
                  body: `「${gist(report.text)}」评分 ${body.rating} 星${body.comment ? `：${gist(body.comment, 40)}` : ''}，请回访居民。`,
                  reportId: report.id,
                },
                manager,
              );
              await this.orders.insertFollowUp(
                Object.assign(new FollowUp(), {
                  id: newId(),
                  reportId: report.id,
                  communityId: report.communityId,
                  rating: body.rating,
                  comment: body.comment ?? null,
                  status: 'open',
                  doneAt: null,
                }),
                manager,
              );
            }
          },
        },
      );
    }
    await this.payHandler(order.id);
    return this.detail(caller, order);
  }

  /** "Not fixed": back to the same handler, in progress again. */
  async notFixed(caller: Caller, orderId: string, body: OrderActionDto): Promise<ReportDetail> {
    const order = await this.require(orderId);
    const report = await this.orders.findReport(order.reportId);
    if (!report || report.reporterId !== caller.userId) throw forbidden();
    const category = await this.categoryOf(order);
    if (!order.handlerId) throw new DomainException(ErrorCode.OrderStateConflict, '该工单当前不能退回');
    await this.orders.ensureLoad(order.handlerId);
    await this.move(order, [OrderStatus.Done], OrderStatus.InProgress, 'reopened', caller.userId, body.note ?? null, {
      set: { reopenCount: order.reopenCount + 1, deadlineAt: new Date(Date.now() + hours(category.inProgressHours)) },
      photoIds: body.photoIds,
      loadUp: order.handlerId,
      notify: {
        userId: order.handlerId,
        kind: NotificationKind.OrderReopened,
        title: '居民反馈未解决',
        body: `「${gist(report.text)}」居民反馈还没解决${body.note ? `：${gist(body.note, 60)}` : ''}，工单已退回给您。`,
      },
    });
    return this.detail(caller, order);
  }

  /** Staff or grid workers hand an order to someone who may grab in that grid (open or taken → claimed). */
  async assign(caller: Caller, orderId: string, body: AssignOrderDto): Promise<ReportDetail> {
    const order = await this.require(orderId);
    const grid = await this.places.findActiveById(order.gridId);
    const handlerGrants = await this.access.grantsOf(body.handlerId);
    if (!grid || !this.access.allows(handlerGrants, Permission.OrderGrab, grid.path)) {
      throw new DomainException(ErrorCode.ValidationFailed, '该成员不是本网格的网格员或兼职网格员', [
        { field: 'handlerId', problems: ['不能接此网格的工单'] },
      ]);
    }
    if (order.handlerId === body.handlerId && ACTIVE.includes(order.status)) return this.detail(caller, order);
    const category = await this.categoryOf(order);
    const report = await this.orders.findReport(order.reportId);
    await this.orders.ensureLoad(body.handlerId);
    const now = new Date();
    await this.move(
      order,
      [OrderStatus.Open, OrderStatus.Claimed, OrderStatus.InProgress],
      OrderStatus.Claimed,
      order.handlerId ? 'reassigned' : 'assigned',
      caller.userId,
      body.note ?? null,
      {
        set: {
          handlerId: body.handlerId,
          claimedAt: now,
          deadlineAt: new Date(now.getTime() + hours(category.claimedHours)),
        },
        handlerId: order.handlerId,
        releaseLoad: order.handlerId,
        loadUp: body.handlerId,
        notify: {
          userId: body.handlerId,
          kind: NotificationKind.OrderAssigned,
          title: '您有新的派单',
          body: `「${gist(report?.text)}」已派给您，请在 ${category.claimedHours} 小时内开始处理。`,
        },
      },
    );
    return this.detail(caller, order);
  }

  /** Takes an order back from its handler to the hall. */
  async takeBack(caller: Caller, orderId: string, body: OrderActionDto): Promise<ReportDetail> {
    const order = await this.require(orderId);
    const category = await this.categoryOf(order);
    await this.move(order, ACTIVE, OrderStatus.Open, 'taken_back', caller.userId, body.note ?? null, {
      set: { handlerId: null, claimedAt: null, deadlineAt: new Date(Date.now() + hours(category.openHours)) },
      handlerId: order.handlerId,
      releaseLoad: order.handlerId,
    });
    return this.detail(caller, order);
  }

  async cancel(caller: Caller, orderId: string, reason: string): Promise<ReportDetail> {
    const order = await this.require(orderId);
    const report = await this.orders.findReport(order.reportId);
    await this.move(
      order,
      [OrderStatus.Open, OrderStatus.Claimed, OrderStatus.InProgress, OrderStatus.Done],
      OrderStatus.Cancelled,
      'cancelled',
      caller.userId,
      reason,
      {
        set: { deadlineAt: null },
        handlerId: order.handlerId,
        releaseLoad: ACTIVE.includes(order.status) ? order.handlerId : null,
        notify: report && {
          userId: report.reporterId,
          kind: NotificationKind.OrderCancelled,
          title: '工单已撤销',
          body: `您反映的「${gist(report.text)}」已撤销：${gist(reason, 60)}`,
        },
      },
    );
    return this.detail(caller, order);
  }

  async close(caller: Caller, orderId: string): Promise<ReportDetail> {
    const order = await this.require(orderId);
    await this.move(order, [OrderStatus.Confirmed], OrderStatus.Closed, 'closed', caller.userId, null, {});
    return this.detail(caller, order);
  }

  /** Staff or a grid worker confirm the report describes a real problem: the reporter is paid, once. */
  async verify(caller: Caller, orderId: string): Promise<ReportDetail> {
    const order = await this.require(orderId);
    await this.orders.markVerified(order.reportId);
    const report = await this.orders.findReport(order.reportId);
    if (report) {
      await this.pay(() =>
        this.ledger.award({
          memberId: report.reporterId,
          source: PointsSource.ReportVerified,
          sourceId: report.id,
          idempotencyKey: `report-verified:${report.id}`,
          communityId: report.communityId,
          actorId: caller.userId,
        }),
      );
    }
    return this.detail(caller, order);
  }

  /** 抢单大厅: open orders in the grids where the caller may grab, nearest first when a location is given. */
  hall(caller: Caller, query: HallQueryDto): Promise<Page<ReportView>> {
    const where = this.access.gridScope(caller.grants ?? [], Permission.OrderGrab);
    const near = query.lng !== undefined && query.lat !== undefined ? { lng: query.lng, lat: query.lat } : undefined;
    return this.reports.page(
      caller,
      { ...where, statuses: [OrderStatus.Open], near, orderBy: 'deadline' },
      query,
      false,
    );
  }

  mine(caller: Caller, query: PageQueryDto): Promise<Page<ReportView>> {
    return this.reports.page(caller, { handlerIds: [caller.userId], orderBy: 'deadline' }, query, true);
  }

  /** Staff queue: everything in their places by deadline, overdue first. */
  queue(caller: Caller, query: QueueQueryDto): Promise<Page<ReportView>> {
    const scopes = this.access.scopes(caller.grants ?? [], Permission.OrderDispatch);
    return this.reports.page(
      caller,
      {
        scopes,
        statuses: query.status ? [query.status] : undefined,
        gridIds: query.gridId ? [query.gridId] : undefined,
        orderBy: 'deadline',
      },
      query,
      true,
    );
  }

  /** Pays the handler of a confirmed order, once: the idempotency key is the order. */
  async payHandler(orderId: string): Promise<void> {
    const order = await this.orders.findOrder(orderId);
    if (!order?.handlerId || (order.status !== OrderStatus.Confirmed && order.status !== OrderStatus.Closed)) return;
    const handlerId = order.handlerId;
    await this.pay(() =>
      this.ledger.award({
        memberId: handlerId,
        source: PointsSource.OrderCompleted,
        sourceId: order.id,
        idempotencyKey: `order-completed:${order.id}`,
        communityId: order.communityId,
      }),
    );
  }

  /** Points never block the order flow: a cap or a disabled source is logged, and retries pay at most once. */
  private async pay(award: () => Promise<unknown>): Promise<void> {
    try {
      await award();
    } catch (error) {
      this.logger.warn({ err: error }, 'points not paid');
    }
  }

  private async move(
    order: GridOrder,
    from: OrderStatus[],
    to: OrderStatus,
    action: string,
    actorId: string,
    note: string | null,
    options: {
      set?: Partial<GridOrder>;
      handlerId?: string | null;
      photoIds?: string[];
      releaseLoad?: string | null;
      loadUp?: string;
      after?: (manager: EntityManager) => Promise<void>;
      /** A notice for one person, written with the move (and only when it happens). */
      notify?: (Notice & { userId: string }) | null;
    },
  ): Promise<void> {
    await this.orders.transaction(async (manager) => {
      const moved = await this.orders.transition(order.id, from, { status: to, ...options.set }, manager, {
        handlerId: options.handlerId,
      });
      if (!moved) throw new DomainException(ErrorCode.OrderStateConflict, '工单状态已变化，请刷新后再试');
      if (options.releaseLoad) await this.orders.loadDown(options.releaseLoad, manager);
      if (
        options.loadUp &&
        !(await this.orders.loadUp(
          options.loadUp,
          to === OrderStatus.Claimed ? this.config.orders.activeCap : null,
          manager,
        ))
      ) {
        throw new DomainException(
          ErrorCode.ActiveOrderCapReached,
          `该成员同时处理的工单已达 ${this.config.orders.activeCap} 个`,
        );
      }
      const entryId = await this.history(manager, order, action, order.status, to, actorId, note);
      if (options.photoIds?.length)
        await this.photos.attach(manager, actorId, options.photoIds, entryId, PhotoPurpose.OrderProof);
      await options.after?.(manager);
      // Nobody is told of what they did themselves (a grid worker taking an order on).
      if (options.notify && options.notify.userId !== actorId) {
        const { userId, ...notice } = options.notify;
        await this.notifications.notifyUsers([userId], { ...notice, reportId: order.reportId }, manager);
      }
    });
  }

  async history(
    manager: EntityManager,
    order: GridOrder,
    action: string,
    from: OrderStatus | null,
    to: OrderStatus,
    actorId: string | null,
    note: string | null,
  ) {
    const id = newId();
    await this.orders.insertHistory(
      Object.assign(new OrderHistory(), {
        id,
        orderId: order.id,
        action,
        fromStatus: from,
        toStatus: to,
        actorId,
        note,
        createdAt: new Date(),
      }),
      manager,
    );
    return id;
  }

  private async detail(caller: Caller, order: GridOrder): Promise<ReportDetail> {
    return this.reports.detail(caller, order.reportId);
  }

  private async require(orderId: string): Promise<GridOrder> {
    const order = await this.orders.findOrder(orderId);
    if (!order) throw new DomainException(ErrorCode.OrderNotFound, '工单不存在');
    return order;
  }

  private async categoryOf(order: GridOrder) {
    const report = await this.orders.findReport(order.reportId);
    const category = report ? await this.orders.findCategory(report.categoryId) : null;
    if (!category) throw new DomainException(ErrorCode.CategoryNotFound, '分类不存在');
    return category;
  }
}
