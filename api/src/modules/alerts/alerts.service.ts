import { Injectable } from '@nestjs/common';
import { ErrorCode, NotificationKind, type OrderAlertSettings, Role } from '@tongxin/types';
import { PinoLogger } from 'nestjs-pino';

import { AppConfig } from '../../infra/config/app-config';
import { DomainException } from '../../infra/http/domain.exception';
import { gist, NotificationsService } from '../notifications/notifications.service';
import { PlacesRepository } from '../places/places.repository';
import { toOrderAlertSettings } from './alerts.mapper';
import { type AlertSettingsRow, AlertsRepository } from './alerts.repository';
import type { UpdateOrderAlertSettingsDto } from './dto/order-alert-settings.dto';
import { inQuietHours, toMinutes } from './quiet-hours';

/** Why an order is in the hall for its grid's members to grab. */
export type AlertReason = 'new' | 'returned' | 'expiring';

export interface OrderAnnouncement {
  gridId: string;
  reportId: string;
  /** The report's text, for the notice. */
  text: string;
  reason: AlertReason;
  /** Open orders waiting in the grid now (this one included): what the reminder counts. */
  waiting: number;
  /** Never told: the report's author, whoever made the move. */
  skip: (string | null | undefined)[];
}

const GRID_MEMBER_ROLES = [Role.PartTimeGridMember, Role.GridWorker];
const REASON_LINE: Record<AlertReason, (text: string) => string> = {
  new: (text) => `新上报：「${text}」`,
  returned: (text) => `「${text}」已退回抢单大厅`,
  expiring: (text) => `「${text}」即将超时，仍无人接单`,
};

/**
 * 接单提醒: the grid members (兼职网格员, 网格员 of the grid or its community) hear of orders waiting in the hall. Each
 * gets an in-app notice at once; the WeChat reminder is batched — one per member per window, claimed in the
 * database — and never sent in the member's quiet hours (the notice is still written, the window not used, so the
 * first order after the quiet hours reminds again). Members who turned 接单提醒 off get neither.
 */
@Injectable()
export class AlertsService {
  constructor(
    private readonly repository: AlertsRepository,
    private readonly places: PlacesRepository,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(AlertsService.name);
  }

  async settings(userId: string): Promise<OrderAlertSettings> {
    const [row] = await this.repository.findSettings([userId]);
    return toOrderAlertSettings(row ?? null, this.config.orderAlerts.windowMinutes);
  }

  async updateSettings(userId: string, body: UpdateOrderAlertSettingsDto): Promise<OrderAlertSettings> {
    if (
      (body.quietStart === null) !== (body.quietEnd === null) ||
      (body.quietStart && body.quietStart === body.quietEnd)
    ) {
      throw new DomainException(ErrorCode.ValidationFailed, '请同时设置免打扰的开始和结束时间', [
        { field: 'quietEnd', problems: ['开始和结束时间需同时填写且不相同'] },
      ]);
    }
    await this.repository.saveSettings({
      userId,
      enabled: body.enabled,
      quietStart: body.quietStart === null ? null : toMinutes(body.quietStart),
      quietEnd: body.quietEnd === null ? null : toMinutes(body.quietEnd),
    });
    return this.settings(userId);
  }

  /** Tells the grid's members; an alert that fails is logged, never undoing the move it announces. */
  async announce(announcement: OrderAnnouncement, now = new Date()): Promise<void> {
    try {
      await this.tell(announcement, now);
    } catch (error) {
      this.logger.warn({ err: error, reportId: announcement.reportId }, 'order alert not written');
    }
  }

  /** Announces an open order about to pass its deadline, once per deadline whichever sweep sees it first. */
  async announceExpiring(
    order: { id: string; deadlineAt: Date } & Omit<OrderAnnouncement, 'reason'>,
    now = new Date(),
  ): Promise<boolean> {
    if (!(await this.repository.markExpiryAnnounced(order.id, order.deadlineAt))) return false;
    await this.announce({ ...order, reason: 'expiring' }, now);
    return true;
  }

  private async tell(announcement: OrderAnnouncement, now: Date): Promise<void> {
    const grid = await this.places.findActiveById(announcement.gridId);
    if (!grid) return;
    const community = grid.parentId ? await this.places.findActiveById(grid.parentId) : null;
    const skip = new Set(announcement.skip.filter((id): id is string => !!id));
    const holders = (
      await this.repository.findHolders(community ? [grid.id, community.id] : [grid.id], GRID_MEMBER_ROLES)
    ).filter((id) => !skip.has(id));
    const settings = new Map((await this.repository.findSettings(holders)).map((row) => [row.userId, row]));
    const listening = holders.filter((id) => settings.get(id)?.enabled !== false);
    const pushTo: string[] = [];
    const quiet: string[] = [];
    for (const userId of listening) {
      if (await this.mayPush(settings.get(userId), userId, now)) pushTo.push(userId);
      else quiet.push(userId);
    }
    const notice = {
      kind: NotificationKind.OrderAvailable,
      title: announcement.reason === 'expiring' ? '工单即将超时' : '新工单待抢',
      body: `${grid.name}有 ${announcement.waiting} 个新工单待抢。${REASON_LINE[announcement.reason](gist(announcement.text))}`,
      reportId: announcement.reportId,
    };
    await this.notifications.notifyUsers(pushTo, { ...notice, push: true });
    await this.notifications.notifyUsers(quiet, { ...notice, push: false });
  }

  /** A WeChat reminder only with an order template, outside quiet hours, and when this member's window is free. */
  private async mayPush(row: AlertSettingsRow | undefined, userId: string, now: Date): Promise<boolean> {
    if (!this.config.reminders.order) return false;
    if (row && inQuietHours(row, now)) return false;
    const windowStart = new Date(now.getTime() - this.config.orderAlerts.windowMinutes * 60_000);
    return this.repository.claimPushWindow(userId, now, windowStart);
  }
}
