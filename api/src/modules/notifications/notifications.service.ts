import { Injectable } from '@nestjs/common';
import { type NotificationView, type Page, Role } from '@tongxin/types';
import type { EntityManager } from 'typeorm';

import { newId } from '../../infra/database/ids';
import { type PageQueryDto, toPage } from '../../infra/http/page-query.dto';
import { Notification } from './notification.entity';
import { NotificationsRepository } from './notifications.repository';

export interface Notice {
  kind: string;
  title: string;
  body: string;
  reportId?: string | null;
}

/** In-app notices; who receives an escalation is decided by the roles held on the place it reaches. */
@Injectable()
export class NotificationsService {
  constructor(private readonly repository: NotificationsRepository) {}

  async notifyUsers(userIds: string[], notice: Notice, manager?: EntityManager): Promise<void> {
    const rows = [...new Set(userIds)].map((userId) =>
      Object.assign(new Notification(), { id: newId(), userId, readAt: null, reportId: notice.reportId ?? null, ...notice }),
    );
    await this.repository.insertMany(rows, manager);
  }

  /** Everyone who answers for a place: grid workers of a grid, staff of a community, admins of a street. */
  async notifyPlace(placeId: string, level: 'grid' | 'community' | 'street', notice: Notice, manager?: EntityManager) {
    const roles = level === 'grid' ? [Role.GridWorker] : level === 'community' ? [Role.CommunityStaff] : [Role.StreetAdmin];
    await this.notifyUsers(await this.repository.findHolders(placeId, roles), notice, manager);
  }

  async mine(userId: string, query: PageQueryDto): Promise<Page<NotificationView>> {
    const { rows, total } = await this.repository.findForUser(userId, (query.page - 1) * query.pageSize, query.pageSize);
    return toPage(
      rows.map((n) => ({
        id: n.id,
        kind: n.kind,
        title: n.title,
        body: n.body,
        reportId: n.reportId,
        readAt: n.readAt ? n.readAt.toISOString() : null,
        createdAt: n.createdAt.toISOString(),
      })),
      total,
      query,
    );
  }

  markRead(userId: string, id: string): Promise<boolean> {
    return this.repository.markRead(userId, id);
  }
}
