import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type NotificationKind,
  type NotificationView,
  type Page,
  REMINDER_TOPIC,
  type ReminderTemplates,
  Role,
  type UnreadCount,
} from '@tongxin/types';
import type { EntityManager } from 'typeorm';

import { AppConfig } from '../../infra/config/app-config';
import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { type PageQueryDto, toPage } from '../../infra/http/page-query.dto';
import { Notification } from './notification.entity';
import { toNotificationView, toReminderTemplates } from './notifications.mapper';
import { NotificationsRepository } from './notifications.repository';

export interface Notice {
  kind: NotificationKind;
  title: string;
  body: string;
  reportId?: string | null;
  eventId?: string | null;
  /** false: in the inbox only, no WeChat reminder even when the topic has a template (batched or quiet alerts). */
  push?: boolean;
}

/** The start of a report's text, for a notice's body. */
export function gist(text: string | undefined | null, length = 30): string {
  if (!text) return '';
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** In-app notices; who receives an escalation is decided by the roles held on the place it reaches. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly config: AppConfig,
  ) {}

  /** Written with the change it announces (pass its manager); a WeChat reminder follows when its topic has a template. */
  async notifyUsers(userIds: string[], notice: Notice, manager?: EntityManager): Promise<void> {
    const { push, ...fields } = notice;
    const pushState = push !== false && this.config.reminders[REMINDER_TOPIC[notice.kind]] ? 'pending' : null;
    const rows = [...new Set(userIds)].map((userId) =>
      Object.assign(new Notification(), {
        id: newId(),
        userId,
        readAt: null,
        ...fields,
        reportId: notice.reportId ?? null,
        eventId: notice.eventId ?? null,
        pushState,
        pushAttempts: 0,
        pushClaimedAt: null,
      }),
    );
    await this.repository.insertMany(rows, manager);
  }

  /** Everyone who answers for a place: grid workers of a grid, staff of a community, admins of a street. */
  async notifyPlace(placeId: string, level: 'grid' | 'community' | 'street', notice: Notice, manager?: EntityManager) {
    const roles =
      level === 'grid' ? [Role.GridWorker] : level === 'community' ? [Role.CommunityStaff] : [Role.StreetAdmin];
    await this.notifyUsers(await this.repository.findHolders(placeId, roles), notice, manager);
  }

  async mine(userId: string, query: PageQueryDto): Promise<Page<NotificationView>> {
    const { rows, total } = await this.repository.findForUser(
      userId,
      (query.page - 1) * query.pageSize,
      query.pageSize,
    );
    return toPage(rows.map(toNotificationView), total, query);
  }

  /** The templates the mini-app asks members to accept, per topic. */
  reminderTemplates(): ReminderTemplates {
    return toReminderTemplates(this.config.reminders);
  }

  async unreadCount(userId: string): Promise<UnreadCount> {
    return { count: await this.repository.countUnread(userId) };
  }

  /** Marks the caller's own notice read (again: a no-op); someone else's is NOT_FOUND, like one that is not there. */
  async markRead(userId: string, id: string): Promise<void> {
    if (await this.repository.markRead(userId, id)) return;
    if (!(await this.repository.isOwn(userId, id))) throw new DomainException(ErrorCode.NotFound, '通知不存在');
  }

  async markAllRead(userId: string): Promise<void> {
    await this.repository.markAllRead(userId);
  }
}
