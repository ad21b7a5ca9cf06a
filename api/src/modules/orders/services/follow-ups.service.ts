import { Injectable } from '@nestjs/common';
import { ErrorCode, type FollowUpView, NotificationKind, type Page } from '@tongxin/types';
import type { EntityManager } from 'typeorm';

import { newId } from '../../../infra/database/ids';
import { DomainException } from '../../../infra/http/domain.exception';
import { type PageQueryDto, toPage } from '../../../infra/http/page-query.dto';
import { AccessService } from '../../access/access.service';
import type { Caller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { gist, NotificationsService } from '../../notifications/notifications.service';
import { FollowUp } from '../entities/follow-up.entity';
import type { Report } from '../entities/report.entity';
import { toFollowUpView } from '../orders.mapper';
import { OrdersRepository } from '../repositories/orders.repository';

/** Poor ratings (≤ 2) become follow-up tasks for the community's staff. */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly orders: OrdersRepository,
    private readonly access: AccessService,
    private readonly notifications: NotificationsService,
  ) {}

  /** A rating of 2 or less tells the community's staff (差评待回访) and opens a follow-up, with the confirmation. */
  async openIfPoor(rated: { report: Report; rating: number; comment?: string }, manager: EntityManager): Promise<void> {
    const { report, rating, comment } = rated;
    if (rating > 2) return;
    await this.notifications.notifyPlace(
      report.communityId,
      'community',
      {
        kind: NotificationKind.OrderFollowUp,
        title: '差评待回访',
        body: `「${gist(report.text)}」评分 ${rating} 星${comment ? `：${gist(comment, 40)}` : ''}，请回访居民。`,
        reportId: report.id,
      },
      manager,
    );
    await this.orders.insertFollowUp(
      Object.assign(new FollowUp(), {
        id: newId(),
        reportId: report.id,
        communityId: report.communityId,
        rating,
        comment: comment ?? null,
        status: 'open',
        doneAt: null,
      }),
      manager,
    );
  }

  async list(caller: Caller, query: PageQueryDto): Promise<Page<FollowUpView>> {
    const scopes = this.access.scopes(caller.grants ?? [], Permission.OrderCancel);
    const { rows, total } = await this.orders.findFollowUps({
      scopes,
      status: 'open',
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return toPage(rows.map(toFollowUpView), total, query);
  }

  async done(id: string): Promise<void> {
    if (!(await this.orders.closeFollowUp(id))) throw new DomainException(ErrorCode.Conflict, '该回访已处理');
  }
}
