import { Injectable } from '@nestjs/common';
import type { AuditLogEntry, Page } from '@tongxin/types';
import type { EntityManager } from 'typeorm';

import { newId } from '../../infra/database/ids';
import { type PageQueryDto, toPage } from '../../infra/http/page-query.dto';
import { AccessService } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { toAuditLogEntry } from './audit.mapper';
import { AuditRepository } from './audit.repository';
import { AuditLog } from './audit-log.entity';

export interface AuditEntry {
  actorId: string;
  action:
    | 'role.grant'
    | 'role.revoke'
    | 'binding.verify'
    | 'binding.reject'
    | 'rider.approve'
    | 'rider.reject'
    | 'rider.revoke'
    | 'pii.view'
    | 'points.award'
    | 'points.reverse'
    | 'points.award.request'
    | 'points.award.approve'
    | 'points.award.reject'
    | 'honour.nominate'
    | 'honour.approve'
    | 'honour.reject'
    | 'consent.accept'
    | 'moderation.pass'
    | 'moderation.remove'
    | 'event.message';
  targetType:
    | 'user'
    | 'binding'
    | 'rider_application'
    | 'role_grant'
    | 'points_entry'
    | 'pending_award'
    | 'honour'
    | 'consent'
    | 'moderation_case'
    | 'event';
  targetId: string;
  placeId: string;
  details?: Record<string, unknown>;
}

/** Staff actions on people are written here in the same transaction as the action. */
@Injectable()
export class AuditService {
  constructor(
    private readonly repository: AuditRepository,
    private readonly access: AccessService,
  ) {}

  record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    return this.repository.insert(Object.assign(new AuditLog(), { id: newId(), details: null, ...entry }), manager);
  }

  async list(caller: Caller, query: PageQueryDto): Promise<Page<AuditLogEntry>> {
    const scopes = this.access.scopes(caller.grants ?? [], Permission.AuditRead);
    const { rows, total } = await this.repository.findWithin({
      scopes,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return toPage(rows.map(toAuditLogEntry), total, query);
  }
}
