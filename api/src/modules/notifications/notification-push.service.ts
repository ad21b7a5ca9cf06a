import { Injectable } from '@nestjs/common';
import { REMINDER_TOPIC } from '@tongxin/types';
import { PinoLogger } from 'nestjs-pino';

import { AppConfig } from '../../infra/config/app-config';
import { WechatClient } from '../../infra/wechat/wechat.client';
import { UsersRepository } from '../users/users.repository';
import { NotificationsRepository } from './notifications.repository';
import { reminderData } from './reminder-data';

/** Reminders open the inbox, where the notice itself opens its page. */
export const REMINDER_PAGE = 'packages/account/pages/notifications/index';
const ATTEMPTS = 3;
const CLAIM_MS = 5 * 60_000;

/**
 * Sends the WeChat reminders of new notices (the notifications table is the outbox). Each notice is claimed by a
 * conditional UPDATE, so several replicas sweeping at once send it once; a member without a WeChat openid, or
 * who has not accepted the topic's template, is skipped; WeChat being down is retried on later sweeps.
 */
@Injectable()
export class NotificationPushService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly users: UsersRepository,
    private readonly wechat: WechatClient,
    private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    logger.setContext(NotificationPushService.name);
  }

  async pushDue(now = new Date()): Promise<number> {
    const staleBefore = new Date(now.getTime() - CLAIM_MS);
    let sent = 0;
    for (const id of await this.notifications.findPushDue(staleBefore, 100)) {
      if (!(await this.notifications.claimPush(id, now, staleBefore))) continue;
      if (await this.push(id)) sent += 1;
    }
    return sent;
  }

  private async push(id: string): Promise<boolean> {
    const notice = await this.notifications.findById(id);
    if (!notice) return false;
    const template = this.config.reminders[REMINDER_TOPIC[notice.kind]];
    const member = await this.users.findActiveById(notice.userId);
    if (!template || !member?.wechatOpenid) {
      await this.notifications.settlePush(id, 'skipped');
      return false;
    }
    try {
      const outcome = await this.wechat.sendSubscribeMessage({
        openid: member.wechatOpenid,
        templateId: template.templateId,
        page: REMINDER_PAGE,
        data: reminderData(template, notice),
      });
      await this.notifications.settlePush(id, outcome === 'sent' ? 'sent' : 'skipped');
      return outcome === 'sent';
    } catch (error) {
      const last = notice.pushAttempts >= ATTEMPTS;
      this.logger.warn(
        { err: error, notificationId: id, attempt: notice.pushAttempts },
        last ? 'reminder not sent, giving up' : 'reminder not sent, will retry',
      );
      await this.notifications.settlePush(id, last ? 'failed' : 'pending');
      return false;
    }
  }
}
