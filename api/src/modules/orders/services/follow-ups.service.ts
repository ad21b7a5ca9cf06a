import { Injectable } from '@nestjs/common';
import { ErrorCode, type FollowUpView, type Page } from '@tongxin/types';

import { DomainException } from '../../../infra/http/domain.exception';
import { type PageQueryDto, toPage } from '../../../infra/http/page-query.dto';
import { AccessService } from '../../access/access.service';
import type { Caller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { OrdersRepository } from '../repositories/orders.repository';

/** Poor ratings (≤ 2) become follow-up tasks for the community's staff. */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly orders: OrdersRepository,
    private readonly access: AccessService,
  ) {}

  async list(caller: Caller, query: PageQueryDto): Promise<Page<FollowUpView>> {
    const scopes = this.access.scopes(caller.grants ?? [], Permission.OrderCancel);
    const { rows, total } = await this.orders.findFollowUps(
      scopes,
      'open',
      (query.page - 1) * query.pageSize,
      query.pageSize,
    );
    return toPage(
      rows.map((f) => ({
        id: f.id,
        reportId: f.reportId,
        rating: f.rating,
        comment: f.comment,
        status: f.status,
        createdAt: f.createdAt.toISOString(),
      })),
      total,
      query,
    );
  }

  async done(id: string): Promise<void> {
    if (!(await this.orders.closeFollowUp(id))) throw new DomainException(ErrorCode.Conflict, '该回访已处理');
  }
}
