import { Injectable } from '@nestjs/common';
import {
  ApplicationStatus,
  ErrorCode,
  NotificationKind,
  type Page,
  PlaceLevel,
  type RiderApplicationSummary,
  Role,
} from '@tongxin/types';

import { PiiCipher } from '../../infra/crypto/pii-cipher';
import { isUniqueViolation } from '../../infra/database/db-errors';
import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { type PageQueryDto, toPage } from '../../infra/http/page-query.dto';
import { AccessService } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { AuditService } from '../audit/audit.service';
import { reasonRequired } from '../bindings/bindings.service';
import type { ReviewDto } from '../bindings/dto/bindings.dto';
import { GrantsRepository } from '../grants/grants.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { PlacesRepository } from '../places/places.repository';
import type { CreateRiderApplicationDto, ListApplicationsQueryDto } from './dto/rider-applications.dto';
import { RiderApplication } from './rider-application.entity';
import { toRiderApplicationSummary } from './rider-applications.mapper';
import { type RiderApplicationRow, RiderApplicationsRepository } from './rider-applications.repository';

/** Riders apply to be part-time grid members (滨新侠); staff of the community approve, reject or later revoke. */
@Injectable()
export class RiderApplicationsService {
  constructor(
    private readonly applications: RiderApplicationsRepository,
    private readonly places: PlacesRepository,
    private readonly access: AccessService,
    private readonly grants: GrantsRepository,
    private readonly audit: AuditService,
    private readonly cipher: PiiCipher,
    private readonly notifications: NotificationsService,
  ) {}

  async apply(userId: string, body: CreateRiderApplicationDto): Promise<RiderApplicationSummary> {
    const grids = await this.places.findActiveByIds(body.gridIds);
    if (grids.length !== body.gridIds.length || grids.some((g) => g.level !== PlaceLevel.Grid)) {
      throw new DomainException(ErrorCode.PlaceNotFound, '网格不存在', { gridIds: body.gridIds });
    }
    const communities = new Set(grids.map((g) => g.parentId));
    if (communities.size !== 1) {
      throw new DomainException(ErrorCode.ValidationFailed, '请选择同一社区内的网格', [
        { field: 'gridIds', problems: ['网格必须属于同一社区'] },
      ]);
    }
    const id = newId();
    try {
      await this.applications.insert(
        Object.assign(new RiderApplication(), {
          id,
          userId,
          platform: body.platform,
          communityId: grids[0].parentId as string,
          gridIds: body.gridIds,
          statement: body.statement,
          status: ApplicationStatus.Pending,
          pendingKey: userId,
          reason: null,
          reviewedBy: null,
          reviewedAt: null,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainException(ErrorCode.Conflict, '已有待审核的申请');
      throw error;
    }
    return this.get(id, { forOwner: true });
  }

  async mine(userId: string, query: PageQueryDto): Promise<Page<RiderApplicationSummary>> {
    const { rows, total } = await this.applications.findForUser(
      userId,
      (query.page - 1) * query.pageSize,
      query.pageSize,
    );
    return toPage(await Promise.all(rows.map((r) => this.toSummary(r, { forOwner: true }))), total, query);
  }

  async list(caller: Caller, query: ListApplicationsQueryDto): Promise<Page<RiderApplicationSummary>> {
    const scopes = this.access.scopes(caller.grants ?? [], Permission.RiderReview);
    const { rows, total } = await this.applications.findWithin({
      scopes,
      status: query.status,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return toPage(await Promise.all(rows.map((r) => this.toSummary(r, { forOwner: false }))), total, query);
  }

  /** Approval grants the part-time grid member role on every grid applied for, in one transaction. */
  async approve(caller: Caller, id: string): Promise<RiderApplicationSummary> {
    const application = await this.require(id);
    await this.applications.transaction(async (manager) => {
      const moved = await this.applications.transition(
        {
          id,
          from: ApplicationStatus.Pending,
          to: ApplicationStatus.Approved,
          reviewedBy: caller.userId,
          reason: null,
        },
        manager,
      );
      if (!moved) throw alreadyHandled();
      for (const gridId of application.gridIds) {
        if (!(await this.grants.findActiveGrant(application.userId, Role.PartTimeGridMember, gridId, manager))) {
          await this.grants.insertGrant(
            { userId: application.userId, role: Role.PartTimeGridMember, placeId: gridId, grantedBy: caller.userId },
            manager,
          );
        }
      }
      await this.audit.record(
        {
          actorId: caller.userId,
          action: 'rider.approve',
          targetType: 'rider_application',
          targetId: id,
          placeId: application.communityId,
          details: { userId: application.userId, gridIds: application.gridIds },
        },
        manager,
      );
      await this.notifications.notifyUsers(
        [application.userId],
        {
          kind: NotificationKind.RiderApproved,
          title: '骑手申请已通过',
          body: '您已成为兼职网格员（滨新侠），可以在抢单大厅接单了。',
        },
        manager,
      );
    });
    return this.get(id, { forOwner: false });
  }

  async reject(caller: Caller, id: string, body: ReviewDto): Promise<RiderApplicationSummary> {
    if (!body.reason) throw reasonRequired();
    const application = await this.require(id);
    await this.applications.transaction(async (manager) => {
      const moved = await this.applications.transition(
        {
          id,
          from: ApplicationStatus.Pending,
          to: ApplicationStatus.Rejected,
          reviewedBy: caller.userId,
          reason: body.reason ?? null,
        },
        manager,
      );
      if (!moved) throw alreadyHandled();
      await this.audit.record(
        {
          actorId: caller.userId,
          action: 'rider.reject',
          targetType: 'rider_application',
          targetId: id,
          placeId: application.communityId,
          details: { reason: body.reason },
        },
        manager,
      );
      await this.notifications.notifyUsers(
        [application.userId],
        { kind: NotificationKind.RiderRejected, title: '骑手申请未通过', body: `原因：${body.reason}` },
        manager,
      );
    });
    return this.get(id, { forOwner: false });
  }

  /** Revoking an approved application takes the part-time role off its grids. */
  async revoke(caller: Caller, id: string, body: ReviewDto): Promise<RiderApplicationSummary> {
    if (!body.reason) throw reasonRequired();
    const application = await this.require(id);
    await this.applications.transaction(async (manager) => {
      const moved = await this.applications.transition(
        {
          id,
          from: ApplicationStatus.Approved,
          to: ApplicationStatus.Revoked,
          reviewedBy: caller.userId,
          reason: body.reason ?? null,
        },
        manager,
      );
      if (!moved) throw new DomainException(ErrorCode.Conflict, '只有已通过的申请可以撤销');
      for (const gridId of application.gridIds) {
        const grant = await this.grants.findActiveGrant(application.userId, Role.PartTimeGridMember, gridId, manager);
        if (grant) await this.grants.revokeGrant(grant.id, caller.userId, manager);
      }
      await this.audit.record(
        {
          actorId: caller.userId,
          action: 'rider.revoke',
          targetType: 'rider_application',
          targetId: id,
          placeId: application.communityId,
          details: { reason: body.reason },
        },
        manager,
      );
      await this.notifications.notifyUsers(
        [application.userId],
        { kind: NotificationKind.RiderRevoked, title: '兼职网格员资格已撤销', body: `原因：${body.reason}` },
        manager,
      );
    });
    return this.get(id, { forOwner: false });
  }

  private async require(id: string): Promise<RiderApplication> {
    const application = await this.applications.findById(id);
    if (!application) throw new DomainException(ErrorCode.NotFound, '记录不存在');
    return application;
  }

  private async get(id: string, audience: { forOwner: boolean }): Promise<RiderApplicationSummary> {
    const row = await this.applications.findOne(id);
    if (!row) throw new DomainException(ErrorCode.NotFound, '记录不存在');
    return this.toSummary(row, audience);
  }

  /** Looks up the grids' names and decrypts the phone; the mapper decides what the audience sees. */
  private async toSummary(
    row: RiderApplicationRow,
    { forOwner }: { forOwner: boolean },
  ): Promise<RiderApplicationSummary> {
    const grids = await this.places.findActiveByIds(row.gridIds);
    const phone = row.phoneCipher ? this.cipher.decrypt(row.phoneCipher) : null;
    return toRiderApplicationSummary(row, { phone, forOwner, grids });
  }
}

const alreadyHandled = () => new DomainException(ErrorCode.Conflict, '该申请已处理');
