import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  NotificationKind,
  OrderStatus,
  PhotoPurpose,
  PointsSource,
  type ReportDetail,
} from '@tongxin/types';
import { PinoLogger } from 'nestjs-pino';
import type { EntityManager } from 'typeorm';

import { AppConfig } from '../../../infra/config/app-config';
import { DomainException } from '../../../infra/http/domain.exception';
import { chinaMinute } from '../../../infra/time/china-time';
import { AccessService, forbidden } from '../../access/access.service';
import type { Caller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { AlertsService } from '../../alerts/alerts.service';
import { FamilyService } from '../../family/family.service';
import { ContentScreenService } from '../../moderation/content-screen.service';
import { ModerationService } from '../../moderation/moderation.service';
import { gist, type Notice, NotificationsService } from '../../notifications/notifications.service';
import { PhotosService } from '../../photos/photos.service';
import { PlacesRepository } from '../../places/places.repository';
import { LedgerService } from '../../points/ledger.service';
import { monthKey } from '../../points/periods';
import type { AssignOrderDto, ConfirmOrderDto, GrabOrderDto, OrderActionDto } from '../dto/orders.dto';
import type { GridOrder } from '../entities/grid-order.entity';
import type { Report } from '../entities/report.entity';
import {
  ACTIVE_STATUSES,
  dealsWithOwnReport,
  LIVE_STATUSES,
  ORDER_MOVES,
  type OrderMoveName,
  type StepParties,
} from '../order-states';
import { lateAgainst, OrdersRepository } from '../repositories/orders.repository';
import { ReportsRepository } from '../repositories/reports.repository';
import { FollowUpsService } from './follow-ups.service';
import { ReportViewsService } from './report-views.service';

const hours = (n: number) => n * 3_600_000;

/** The promised time of a grab for later, if it lies after `now` and by the claim's `deadline`. */
function promiseWithin(promisedAt: Date, now: Date, deadline: Date): Date {
  if (promisedAt.getTime() <= now.getTime() || promisedAt.getTime() > deadline.getTime()) {
    throw new DomainException(
      ErrorCode.PromiseOutsideDeadline,
      `承诺上门时间须在现在到 ${chinaMinute(deadline).slice(5)} 之间`,
      [{ field: 'promisedAt', problems: [`须晚于现在、不晚于接单时限 ${deadline.toISOString()}`] }],
    );
  }
  return promisedAt;
}

/** Refuses a step that would have the reporter deal with their own report (`OWN_REPORT_REFUSED`). */
function refuseOwnReport(
  step: Parameters<typeof dealsWithOwnReport>[0],
  report: Pick<Report, 'reporterId'> | null,
  who: Omit<StepParties, 'reporterId'>,
): void {
  if (report && dealsWithOwnReport(step, { reporterId: report.reporterId, ...who })) {
    throw new DomainException(ErrorCode.OwnReport, '不能处理、核实或确认自己上报的问题');
  }
}

/** One move of the state table, made by someone, with what goes with it in the same transaction. */
interface Move {
  order: GridOrder;
  /** The state-table row (and history action): the states the order may be in, and the one it ends in. */
  step: OrderMoveName;
  actorId: string;
  note?: string | null;
  /** Columns to set besides the status. */
  set?: Partial<GridOrder>;
  /** The handler the actor saw: the move happens only while the order is still theirs (null: still nobody's). */
  heldBy?: string | null;
  /** Photos attached to the history entry. */
  photoIds?: string[];
  /** The handler whose active orders drop by one. */
  releaseLoad?: string | null;
  /** The handler whose active orders grow by one (capped when the order ends up claimed). */
  loadUp?: string;
  after?: (manager: EntityManager) => Promise<void>;
  /** A notice for one person, written with the move (and only when it happens). */
  notify?: (Notice & { userId: string }) | null;
}

/**
 * The grid order state machine (`order-states.ts`). Every move is one conditional UPDATE on the current status, so
 * concurrent actors cannot both win; repeating a move one already made (a retry after a network drop) answers with
 * the current state.
 */
/** States an order is in once its handler has finished it (confirmation and closing keep the handler). */
const FINISHED_STATUSES: readonly OrderStatus[] = [OrderStatus.Done, OrderStatus.Confirmed, OrderStatus.Closed];

@Injectable()
export class OrdersService {
  constructor(
    private readonly orders: OrdersRepository,
    private readonly reports: ReportsRepository,
    private readonly views: ReportViewsService,
    private readonly followUps: FollowUpsService,
    private readonly places: PlacesRepository,
    private readonly photos: PhotosService,
    private readonly access: AccessService,
    private readonly ledger: LedgerService,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
    private readonly logger: PinoLogger,
    private readonly screen: ContentScreenService,
    private readonly moderation: ModerationService,
    private readonly alerts: AlertsService,
    private readonly family: FamilyService,
  ) {
    logger.setContext(OrdersService.name);
  }

  /**
   * 抢单: exactly one grabber wins; the per-person cap on active orders is settled in the same transaction. 稍后上门:
   * with a promised time, which must lie between now and the claim's deadline (PROMISE_OUTSIDE_DEADLINE).
   */
  async grab(caller: Caller, orderId: string, body: GrabOrderDto = {}): Promise<ReportDetail> {
    const order = await this.require(orderId);
    if (order.handlerId === caller.userId && ACTIVE_STATUSES.includes(order.status)) return this.detail(caller, order);
    const report = await this.reports.findReport(order.reportId);
    refuseOwnReport('grabbed', report, { actorId: caller.userId, handlerId: caller.userId });
    await this.refuseFamily(report?.reporterId, caller.userId);
    const category = await this.categoryOf(order);
    const now = new Date();
    const deadline = new Date(now.getTime() + hours(category.claimedHours));
    const promisedAt = body.promisedAt ? promiseWithin(new Date(body.promisedAt), now, deadline) : null;
    await this.orders.ensureLoad(caller.userId);
    const { from, to } = ORDER_MOVES.grabbed;
    await this.orders.transaction(async (manager) => {
      const won = await this.orders.transition(
        {
          orderId,
          from,
          set: { status: to, handlerId: caller.userId, claimedAt: now, deadlineAt: deadline, promisedAt },
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
      await this.orders.insertHistory(
        {
          orderId,
          action: 'grabbed',
          from: OrderStatus.Open,
          to,
          actorId: caller.userId,
          late: lateAgainst(order.deadlineAt, now),
          note: promisedAt ? `稍后上门，承诺 ${chinaMinute(promisedAt).slice(5)} 前到` : null,
        },
        manager,
      );
    });
    return this.detail(caller, order);
  }

  async start(caller: Caller, orderId: string): Promise<ReportDetail> {
    const order = await this.require(orderId);
    if (order.handlerId !== caller.userId) throw forbidden();
    if (order.status === OrderStatus.InProgress) return this.detail(caller, order);
    const category = await this.categoryOf(order);
    await this.move({
      order,
      step: 'started',
      actorId: caller.userId,
      heldBy: caller.userId,
      set: { deadlineAt: new Date(Date.now() + hours(category.inProgressHours)) },
    });
    return this.detail(caller, order);
  }

  /** The handler finishes with a note and proof photos; the reporter then has a while to answer. */
  async finish(caller: Caller, orderId: string, body: OrderActionDto): Promise<ReportDetail> {
    const order = await this.require(orderId);
    if (order.handlerId !== caller.userId) throw forbidden();
    // A finish sent again (a lost answer, an offline queue) after the handler's finish went through: the current
    // state, even when the reporter has confirmed or staff closed it since.
    if (FINISHED_STATUSES.includes(order.status)) return this.detail(caller, order);
    if (!body.note || !body.photoIds?.length) {
      throw new DomainException(ErrorCode.ValidationFailed, '请填写处理说明并上传现场照片', [
        { field: 'photoIds', problems: ['至少一张处理后的照片'] },
      ]);
    }
    const report = await this.reports.findReport(order.reportId);
    const now = new Date();
    // 我的本月 counts an order's first finish only (a finish after 未解决 has reopenCount > 0), on time when it beat
    // the deadline of the claim or the work.
    const month = order.reopenCount === 0 ? monthKey(now) : null;
    if (month) await this.orders.ensureMonth(caller.userId, month);
    const onTime = !order.deadlineAt || now.getTime() <= order.deadlineAt.getTime() ? 1 : 0;
    await this.move({
      order,
      step: 'finished',
      actorId: caller.userId,
      note: body.note,
      heldBy: caller.userId,
      set: { deadlineAt: new Date(now.getTime() + hours(this.config.orders.autoConfirmHours)) },
      photoIds: body.photoIds,
      releaseLoad: caller.userId,
      after: async (manager) => {
        if (month) {
          await this.orders.addToMonth({ handlerId: caller.userId, periodKey: month, finished: 1, onTime }, manager);
        }
      },
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
    const report = await this.reports.findReport(order.reportId);
    if (!report || report.reporterId !== caller.userId) throw forbidden();
    refuseOwnReport('confirmed', report, { actorId: caller.userId, handlerId: order.handlerId });
    if (order.status !== OrderStatus.Confirmed) {
      const { handlerId } = order;
      const month = monthKey(new Date());
      if (handlerId) await this.orders.ensureMonth(handlerId, month);
      await this.move({
        order,
        step: 'confirmed',
        actorId: caller.userId,
        note: body.comment ?? null,
        set: { rating: body.rating, ratingComment: body.comment ?? null, deadlineAt: null, resolvedAt: new Date() },
        after: async (manager) => {
          await this.followUps.openIfPoor({ report, rating: body.rating, comment: body.comment }, manager);
          if (handlerId) await this.orders.addToMonth({ handlerId, periodKey: month, rating: body.rating }, manager);
        },
      });
    }
    await this.payHandler(order.id);
    return this.detail(caller, order);
  }

  /** "Not fixed": back to the same handler, in progress again. */
  async notFixed(caller: Caller, orderId: string, body: OrderActionDto): Promise<ReportDetail> {
    const order = await this.require(orderId);
    const report = await this.reports.findReport(order.reportId);
    if (!report || report.reporterId !== caller.userId) throw forbidden();
    const category = await this.categoryOf(order);
    if (!order.handlerId) throw new DomainException(ErrorCode.OrderStateConflict, '该工单当前不能退回');
    await this.orders.ensureLoad(order.handlerId);
    await this.move({
      order,
      step: 'reopened',
      actorId: caller.userId,
      note: body.note ?? null,
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
    if (order.handlerId === body.handlerId && ACTIVE_STATUSES.includes(order.status)) {
      return this.detail(caller, order);
    }
    const category = await this.categoryOf(order);
    const report = await this.reports.findReport(order.reportId);
    const step = order.handlerId ? 'reassigned' : 'assigned';
    refuseOwnReport(step, report, { actorId: caller.userId, handlerId: body.handlerId });
    await this.refuseFamily(report?.reporterId, body.handlerId);
    await this.orders.ensureLoad(body.handlerId);
    const now = new Date();
    await this.move({
      order,
      step,
      actorId: caller.userId,
      note: body.note ?? null,
      set: {
        handlerId: body.handlerId,
        claimedAt: now,
        promisedAt: null,
        deadlineAt: new Date(now.getTime() + hours(category.claimedHours)),
      },
      heldBy: order.handlerId,
      releaseLoad: order.handlerId,
      loadUp: body.handlerId,
      notify: {
        userId: body.handlerId,
        kind: NotificationKind.OrderAssigned,
        title: '您有新的派单',
        body: `「${gist(report?.text)}」已派给您，请在 ${category.claimedHours} 小时内开始处理。`,
      },
    });
    return this.detail(caller, order);
  }

  /** Takes an order back from its handler to the hall. */
  async takeBack(caller: Caller, orderId: string, body: OrderActionDto): Promise<ReportDetail> {
    const order = await this.require(orderId);
    const category = await this.categoryOf(order);
    await this.move({
      order,
      step: 'taken_back',
      actorId: caller.userId,
      note: body.note ?? null,
      set: {
        handlerId: null,
        claimedAt: null,
        promisedAt: null,
        deadlineAt: new Date(Date.now() + hours(category.openHours)),
      },
      heldBy: order.handlerId,
      releaseLoad: order.handlerId,
    });
    await this.announceReturned(order, [caller.userId, order.handlerId]);
    return this.detail(caller, order);
  }

  /** Tells the grid's members an order is back in the hall (never its reporter, nor `skip`). */
  async announceReturned(order: GridOrder, skip: (string | null)[]): Promise<void> {
    const report = await this.reports.findReport(order.reportId);
    await this.alerts.announce({
      gridId: order.gridId,
      reportId: order.reportId,
      text: report?.text ?? '',
      reason: 'returned',
      waiting: await this.orders.countOpenInGrid(order.gridId),
      skip: [report?.reporterId, ...skip],
    });
  }

  async cancel(caller: Caller, orderId: string, reason: string): Promise<ReportDetail> {
    const order = await this.require(orderId);
    const report = await this.reports.findReport(order.reportId);
    await this.move({
      order,
      step: 'cancelled',
      actorId: caller.userId,
      note: reason,
      set: { deadlineAt: null },
      heldBy: order.handlerId,
      releaseLoad: ACTIVE_STATUSES.includes(order.status) ? order.handlerId : null,
      notify: report && {
        userId: report.reporterId,
        kind: NotificationKind.OrderCancelled,
        title: '工单已撤销',
        body: `您反映的「${gist(report.text)}」已撤销：${gist(reason, 60)}`,
      },
    });
    return this.detail(caller, order);
  }

  async close(caller: Caller, orderId: string): Promise<ReportDetail> {
    const order = await this.require(orderId);
    await this.move({ order, step: 'closed', actorId: caller.userId });
    return this.detail(caller, order);
  }

  /** Staff or a grid worker confirm the report describes a real problem: the reporter is paid, once. */
  async verify(caller: Caller, orderId: string): Promise<ReportDetail> {
    const order = await this.require(orderId);
    const report = await this.reports.findReport(order.reportId);
    refuseOwnReport('verified', report, { actorId: caller.userId, handlerId: order.handlerId });
    await this.reports.markVerified(order.reportId);
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

  /** Pays the handler of a confirmed order, once (the idempotency key is the order), never for their own report. */
  async payHandler(orderId: string): Promise<void> {
    const order = await this.orders.findOrder(orderId);
    if (!order?.handlerId || (order.status !== OrderStatus.Confirmed && order.status !== OrderStatus.Closed)) return;
    const handlerId = order.handlerId;
    const report = await this.reports.findReport(order.reportId);
    if (!report || dealsWithOwnReport('auto_confirmed', { reporterId: report.reporterId, actorId: '', handlerId })) {
      return;
    }
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

  /**
   * A note on a step (a handler's 处理说明, a reporter's 评价 or 未解决 reason, a staff reason) is read by the others
   * on the order and by residents in the timeline: screened like other text, and refused — not held — when it
   * needs a moderator, since the step cannot wait for one.
   */
  private async screenNote(order: GridOrder, actorId: string, note: string): Promise<void> {
    const community = await this.places.findActiveById(order.communityId);
    const verdict = await this.screen.screen({
      authorId: actorId,
      texts: [note],
      scene: 2,
      placePath: community?.path ?? null,
    });
    if (verdict.outcome === 'held') {
      throw new DomainException(ErrorCode.ContentRisky, '说明含有不适合公开的词语，请修改后再提交');
    }
  }

  /** 亲情代办: a family member linked to the reporter is paid for the order no more than the reporter would be. */
  private async refuseFamily(reporterId: string | undefined, handlerId: string): Promise<void> {
    if (reporterId && (await this.family.areLinked(reporterId, handlerId))) {
      throw new DomainException(ErrorCode.OwnReport, '不能处理家人上报的问题');
    }
  }

  private async move(move: Move): Promise<void> {
    const { order, actorId } = move;
    const { from, to } = ORDER_MOVES[move.step];
    if (move.note && actorId) await this.screenNote(order, actorId, move.note);
    await this.moveInTransaction(move, from, to);
    // Step photos are seen by the reporter and the report's readers: WeChat checks them too (after the commit).
    for (const photoId of new Set(move.photoIds ?? [])) {
      await this.moderation.checkPhoto({ photoId, ownerId: actorId, signedPath: this.photos.signedUrl(photoId) });
    }
  }

  private async moveInTransaction(move: Move, from: readonly OrderStatus[], to: OrderStatus): Promise<void> {
    const { order, actorId } = move;
    await this.orders.transaction(async (manager) => {
      const moved = await this.orders.transition(
        { orderId: order.id, from, set: { status: to, ...move.set }, heldBy: move.heldBy },
        manager,
      );
      if (!moved) throw new DomainException(ErrorCode.OrderStateConflict, '工单状态已变化，请刷新后再试');
      if (move.releaseLoad) await this.orders.loadDown(move.releaseLoad, manager);
      const cap = to === OrderStatus.Claimed ? this.config.orders.activeCap : null;
      if (move.loadUp && !(await this.orders.loadUp(move.loadUp, cap, manager))) {
        throw new DomainException(
          ErrorCode.ActiveOrderCapReached,
          `该成员同时处理的工单已达 ${this.config.orders.activeCap} 个`,
        );
      }
      // Leaving a timed state: was its deadline already past? (及时率 on the dashboards)
      const late = LIVE_STATUSES.includes(order.status) ? lateAgainst(order.deadlineAt, new Date()) : null;
      const entryId = await this.orders.insertHistory(
        { orderId: order.id, action: move.step, from: order.status, to, actorId, note: move.note ?? null, late },
        manager,
      );
      if (move.photoIds?.length) {
        await this.photos.attach(manager, actorId, move.photoIds, entryId, PhotoPurpose.OrderProof);
      }
      await move.after?.(manager);
      // Nobody is told of what they did themselves (a grid worker taking an order on).
      if (move.notify && move.notify.userId !== actorId) {
        const { userId, ...notice } = move.notify;
        await this.notifications.notifyUsers([userId], { ...notice, reportId: order.reportId }, manager);
      }
    });
  }

  private detail(caller: Caller, order: GridOrder): Promise<ReportDetail> {
    return this.views.detail(caller, order.reportId);
  }

  private async require(orderId: string): Promise<GridOrder> {
    const order = await this.orders.findOrder(orderId);
    if (!order) throw new DomainException(ErrorCode.OrderNotFound, '工单不存在');
    return order;
  }

  private async categoryOf(order: GridOrder) {
    const category = await this.reports.findCategoryOfReport(order.reportId);
    if (!category) throw new DomainException(ErrorCode.CategoryNotFound, '分类不存在');
    return category;
  }
}
