import { Injectable } from '@nestjs/common';
import { EscalationLevel, NotificationKind, OrderStatus } from '@tongxin/types';

import { AppConfig } from '../../../infra/config/app-config';
import { AlertsService } from '../../alerts/alerts.service';
import { gist, NotificationsService } from '../../notifications/notifications.service';
import { PlacesRepository } from '../../places/places.repository';
import type { GridOrder } from '../entities/grid-order.entity';
import { LIVE_STATUSES, ORDER_MOVES } from '../order-states';
import { OrdersRepository } from '../repositories/orders.repository';
import { ReportsRepository } from '../repositories/reports.repository';
import { OrdersService } from './orders.service';

const NEXT: Record<EscalationLevel, EscalationLevel | null> = { grid: 'community', community: 'street', street: null };
const BATCH = 200;

/**
 * Time-driven moves: stale claims go back to the hall, unanswered finished orders confirm themselves, missed
 * deadlines escalate a level. Each row is claimed by a conditional UPDATE (on the status, or on the deadline the
 * sweep read), so several replicas sweeping at once still move each order once.
 */
@Injectable()
export class OrderSweepsService {
  constructor(
    private readonly orders: OrdersRepository,
    private readonly reports: ReportsRepository,
    private readonly service: OrdersService,
    private readonly places: PlacesRepository,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
    private readonly alerts: AlertsService,
  ) {}

  async sweep(now = new Date()): Promise<number> {
    return (
      (await this.releaseStaleClaims(now)) +
      (await this.autoConfirm(now)) +
      (await this.escalate(now)) +
      (await this.announceExpiring(now))
    );
  }

  /**
   * Claims not started within the grace (ORDER_CLAIM_RELEASE_MINUTES) go back to the hall. A claim grabbed for later
   * gets the same grace after its promised time, and goes back once that has passed unstarted.
   */
  async releaseStaleClaims(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.orders.claimReleaseMinutes * 60_000);
    const { from, to } = ORDER_MOVES.released;
    let released = 0;
    for (const order of await this.orders.findStaleClaims({ cutoff, limit: BATCH })) {
      const category = await this.reports.findCategoryOfReport(order.reportId);
      const moved = await this.orders.transaction(async (manager) => {
        const ok = await this.orders.transition(
          {
            orderId: order.id,
            from,
            set: {
              status: to,
              handlerId: null,
              claimedAt: null,
              promisedAt: null,
              deadlineAt: new Date(now.getTime() + (category?.openHours ?? 24) * 3_600_000),
            },
            heldBy: order.handlerId,
            claimedBefore: cutoff,
            promisedBefore: cutoff,
          },
          manager,
        );
        if (!ok) return false;
        if (order.handlerId) await this.orders.loadDown(order.handlerId, manager);
        await this.orders.insertHistory(
          {
            orderId: order.id,
            action: 'released',
            from: OrderStatus.Claimed,
            to,
            actorId: null,
            late: true,
            note: order.promisedAt ? '承诺上门时间已过仍未开始，已退回抢单大厅' : '超时未开始，已退回抢单大厅',
          },
          manager,
        );
        return true;
      });
      if (moved) {
        released += 1;
        await this.service.announceReturned(order, [order.handlerId]);
      }
    }
    return released;
  }

  /** Open orders close to their deadline are announced to their grid once per deadline (a unique key). */
  async announceExpiring(now = new Date()): Promise<number> {
    const to = new Date(now.getTime() + this.config.orderAlerts.expiryMinutes * 60_000);
    let announced = 0;
    for (const order of await this.orders.findOpenExpiring({ from: now, to, limit: BATCH })) {
      if (!order.deadlineAt) continue;
      const report = await this.reports.findReport(order.reportId);
      const told = await this.alerts.announceExpiring(
        {
          id: order.id,
          deadlineAt: order.deadlineAt,
          gridId: order.gridId,
          reportId: order.reportId,
          text: report?.text ?? '',
          waiting: await this.orders.countOpenInGrid(order.gridId),
          skip: [report?.reporterId],
        },
        now,
      );
      if (told) announced += 1;
    }
    return announced;
  }

  async autoConfirm(now = new Date()): Promise<number> {
    const { from, to } = ORDER_MOVES.auto_confirmed;
    let confirmed = 0;
    for (const order of await this.orders.findDue({ statuses: from, before: now, limit: BATCH })) {
      const moved = await this.orders.transaction(async (manager) => {
        const ok = await this.orders.transition(
          { orderId: order.id, from, set: { status: to, deadlineAt: null, resolvedAt: now }, deadlineBefore: now },
          manager,
        );
        if (ok) {
          await this.orders.insertHistory(
            {
              orderId: order.id,
              action: 'auto_confirmed',
              from: OrderStatus.Done,
              to,
              actorId: null,
              note: '居民未在规定时间内反馈，系统自动确认',
            },
            manager,
          );
        }
        return ok;
      });
      if (moved) {
        confirmed += 1;
        await this.service.payHandler(order.id);
      }
    }
    return confirmed;
  }

  async escalate(now = new Date()): Promise<number> {
    let escalated = 0;
    for (const order of await this.orders.findDue({ statuses: LIVE_STATUSES, before: now, limit: BATCH })) {
      const next = NEXT[order.escalation];
      if (!next || !order.deadlineAt) continue;
      const deadlineWas = order.deadlineAt;
      const report = await this.reports.findReport(order.reportId);
      const category = report ? await this.reports.findCategory(report.categoryId) : null;
      const stateHours =
        order.status === OrderStatus.Open
          ? category?.openHours
          : order.status === OrderStatus.Claimed
            ? category?.claimedHours
            : category?.inProgressHours;
      const deadline = new Date(now.getTime() + (stateHours ?? 24) * 3_600_000);
      const target = await this.levelPlace(order, next);
      const moved = await this.orders.transaction(async (manager) => {
        const ok = await this.orders.escalate(
          { orderId: order.id, from: order.escalation, to: next, deadlineWas, deadline },
          manager,
        );
        if (!ok) return false;
        await this.orders.insertHistory(
          {
            orderId: order.id,
            action: 'escalated',
            from: order.status,
            to: order.status,
            actorId: null,
            note: `超时未处理，已上报${next === 'community' ? '社区' : '街道'}`,
          },
          manager,
        );
        if (target) {
          await this.notifications.notifyPlace(
            target,
            next,
            {
              kind: NotificationKind.OrderEscalated,
              title: '工单超时上报',
              body: `「${gist(report?.text)}」已超时未处理，请督办。`,
              reportId: order.reportId,
            },
            manager,
          );
        }
        return true;
      });
      if (moved) escalated += 1;
    }
    return escalated;
  }

  private async levelPlace(order: GridOrder, level: EscalationLevel): Promise<string | null> {
    if (level === 'community') return order.communityId;
    const community = await this.places.findActiveById(order.communityId);
    return community?.parentId ?? null;
  }
}
