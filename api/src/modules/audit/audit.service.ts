import { Injectable } from '@nestjs/common';
import { type AuditLogEntry, ErrorCode, type Page } from '@tongxin/types';
import type { EntityManager } from 'typeorm';

import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { toPage } from '../../infra/http/page-query.dto';
import { CHINA_OFFSET_MS } from '../../infra/time/china-time';
import { AccessService } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { toAuditLogEntry } from './audit.mapper';
import { AuditRepository } from './audit.repository';
import { AuditLog } from './audit-log.entity';
import type { ListAuditLogsQueryDto } from './dto/list-audit-logs-query.dto';

const DAY_MS = 24 * 3600_000;

/** Midnight of a YYYY-MM-DD day in China, as an instant. */
function chinaDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - CHINA_OFFSET_MS);
}

export interface AuditEntry {
  actorId: string;
  action:
    | 'role.grant'
    | 'role.revoke'
    | 'binding.verify'
    | 'binding.reject'
    | 'binding.claim'
    | 'import.apply'
    | 'rider.approve'
    | 'rider.reject'
    | 'rider.revoke'
    | 'pii.view'
    | 'points.award'
    | 'points.reverse'
    | 'points.award.request'
    | 'points.award.approve'
    | 'points.award.reject'
    | 'points.rule.update'
    | 'honour.nominate'
    | 'honour.approve'
    | 'honour.reject'
    | 'consent.accept'
    | 'moderation.pass'
    | 'moderation.remove'
    | 'event.message'
    | 'volunteer.hours.adjust'
    | 'volunteer.certificate.issue'
    | 'mediation.read'
    | 'mediation.open'
    | 'mediation.accept'
    | 'mediation.decline'
    | 'mediation.assign'
    | 'mediation.outcome'
    | 'care.read'
    | 'care.create'
    | 'care.update'
    | 'care.close'
    | 'proxy.act';
  targetType:
    | 'user'
    | 'binding'
    | 'import'
    | 'rider_application'
    | 'role_grant'
    | 'points_entry'
    | 'pending_award'
    | 'points_rule'
    | 'honour'
    | 'consent'
    | 'moderation_case'
    | 'event'
    | 'volunteer_hours'
    | 'volunteer_certificate'
    | 'mediation_case'
    | 'care_record';
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

  /** Many entries in few statements (an import's grants, residents claiming imported homes). */
  recordMany(entries: AuditEntry[], manager?: EntityManager): Promise<void> {
    return this.repository.insertMany(
      entries.map((entry) => Object.assign(new AuditLog(), { id: newId(), details: null, ...entry })),
      manager,
    );
  }

  /** Entries on the caller's places only; a place filter outside them is refused, not answered empty. */
  async list(caller: Caller, query: ListAuditLogsQueryDto): Promise<Page<AuditLogEntry>> {
    const grants = caller.grants ?? [];
    const scopes = this.access.scopes(grants, Permission.AuditRead);
    let placePath: string | undefined;
    if (query.placeId) {
      placePath = (await this.repository.findActivePlacePath(query.placeId)) ?? undefined;
      if (!placePath) throw new DomainException(ErrorCode.PlaceNotFound, '地点不存在');
      this.access.assertAllowed(grants, Permission.AuditRead, placePath);
    }
    const { rows, total } = await this.repository.findWithin({
      scopes,
      placePath,
      action: query.action,
      since: query.from ? chinaDayStart(query.from) : undefined,
      until: query.to ? new Date(chinaDayStart(query.to).getTime() + DAY_MS) : undefined,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return toPage(rows.map(toAuditLogEntry), total, query);
  }
}
