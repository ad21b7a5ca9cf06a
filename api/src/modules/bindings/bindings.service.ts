import { Injectable } from '@nestjs/common';
import {
  BindingStatus,
  type BindingSummary,
  ErrorCode,
  NotificationKind,
  type Page,
  PlaceLevel,
  Role,
} from '@tongxin/types';

import { PiiCipher } from '../../infra/crypto/pii-cipher';
import { isUniqueViolation } from '../../infra/database/db-errors';
import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { toPage } from '../../infra/http/page-query.dto';
import { AccessService } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { AuditService } from '../audit/audit.service';
import { GrantsRepository } from '../grants/grants.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { PlacesRepository } from '../places/places.repository';
import { UsersRepository } from '../users/users.repository';
import { toBindingSummary } from './bindings.mapper';
import { type BindingRow, BindingsRepository } from './bindings.repository';
import type { CreateBindingDto, ListBindingsQueryDto, ReviewDto } from './dto/bindings.dto';
import { ResidenceBinding } from './residence-binding.entity';

/** A resident binds to a building/household; community staff verify it, which grants the resident role there. */
@Injectable()
export class BindingsService {
  constructor(
    private readonly bindings: BindingsRepository,
    private readonly places: PlacesRepository,
    private readonly users: UsersRepository,
    private readonly access: AccessService,
    private readonly grants: GrantsRepository,
    private readonly audit: AuditService,
    private readonly cipher: PiiCipher,
    private readonly notifications: NotificationsService,
  ) {}

  async request(userId: string, body: CreateBindingDto): Promise<BindingSummary> {
    const building = await this.places.findActiveById(body.buildingId);
    if (!building || building.level !== PlaceLevel.Building) {
      throw new DomainException(ErrorCode.PlaceNotFound, '楼栋不存在');
    }
    try {
      await this.bindings.insert(
        Object.assign(new ResidenceBinding(), {
          id: newId(),
          userId,
          buildingId: building.id,
          household: body.household,
          status: BindingStatus.Pending,
          activeKey: userId,
          reason: null,
          reviewedBy: null,
          reviewedAt: null,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainException(ErrorCode.Conflict, '已有待审核或已认证的住址，请先解除');
      throw error;
    }
    return this.mine(userId) as Promise<BindingSummary>;
  }

  async mine(userId: string): Promise<BindingSummary | null> {
    const row = await this.bindings.findLiveForUser(userId);
    return row ? this.toSummary(row, { forOwner: true }) : null;
  }

  /** The member leaves their home: a verified one also takes back the 居民 role it gave on that building. */
  async withdraw(userId: string): Promise<void> {
    await this.bindings.transaction(async (manager) => {
      const live = await this.bindings.findLiveForUser(userId, manager);
      if (!live) throw new DomainException(ErrorCode.NotFound, '没有可解除的住址');
      await this.bindings.withdrawLiveForUser(userId, manager);
      await this.users.updateProfile(userId, { homePlaceId: null }, manager);
      if (live.status !== BindingStatus.Verified) return;
      const grant = await this.grants.findActiveGrant(userId, Role.Resident, live.buildingId, manager);
      if (grant && (await this.grants.revokeGrant(grant.id, userId, manager))) {
        await this.audit.record(
          {
            actorId: userId,
            action: 'role.revoke',
            targetType: 'role_grant',
            targetId: grant.id,
            placeId: live.buildingId,
            details: { userId, role: Role.Resident, reason: 'home withdrawn' },
          },
          manager,
        );
      }
    });
  }

  async list(caller: Caller, query: ListBindingsQueryDto): Promise<Page<BindingSummary>> {
    const scopes = this.access.scopes(caller.grants ?? [], Permission.BindingReview);
    const { rows, total } = await this.bindings.findWithin({
      scopes,
      status: query.status,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return toPage(
      rows.map((r) => this.toSummary(r, { forOwner: false })),
      total,
      query,
    );
  }

  async verify(caller: Caller, id: string): Promise<BindingSummary> {
    const binding = await this.requireBinding(id);
    await this.bindings.transaction(async (manager) => {
      const moved = await this.bindings.transition(
        { id, from: BindingStatus.Pending, to: BindingStatus.Verified, reviewedBy: caller.userId, reason: null },
        manager,
      );
      if (!moved) throw new DomainException(ErrorCode.Conflict, '该申请已处理');
      await this.users.updateProfile(binding.userId, { homePlaceId: binding.buildingId }, manager);
      if (!(await this.grants.findActiveGrant(binding.userId, Role.Resident, binding.buildingId, manager))) {
        await this.grants.insertGrant(
          { userId: binding.userId, role: Role.Resident, placeId: binding.buildingId, grantedBy: caller.userId },
          manager,
        );
      }
      await this.audit.record(
        {
          actorId: caller.userId,
          action: 'binding.verify',
          targetType: 'binding',
          targetId: id,
          placeId: binding.buildingId,
          details: { userId: binding.userId },
        },
        manager,
      );
      await this.notifications.notifyUsers(
        [binding.userId],
        {
          kind: NotificationKind.BindingVerified,
          title: '住址认证已通过',
          body: '您已是本社区认证居民，可以报名社区活动、随手拍上报了。',
        },
        manager,
      );
    });
    return this.summaryOf(id);
  }

  async reject(caller: Caller, id: string, body: ReviewDto): Promise<BindingSummary> {
    if (!body.reason) throw reasonRequired();
    const binding = await this.requireBinding(id);
    await this.bindings.transaction(async (manager) => {
      const moved = await this.bindings.transition(
        {
          id,
          from: BindingStatus.Pending,
          to: BindingStatus.Rejected,
          reviewedBy: caller.userId,
          reason: body.reason ?? null,
        },
        manager,
      );
      if (!moved) throw new DomainException(ErrorCode.Conflict, '该申请已处理');
      await this.audit.record(
        {
          actorId: caller.userId,
          action: 'binding.reject',
          targetType: 'binding',
          targetId: id,
          placeId: binding.buildingId,
          details: { reason: body.reason },
        },
        manager,
      );
      await this.notifications.notifyUsers(
        [binding.userId],
        {
          kind: NotificationKind.BindingRejected,
          title: '住址认证未通过',
          body: `原因：${body.reason}。可在个人资料中修改后重新提交。`,
        },
        manager,
      );
    });
    return this.summaryOf(id);
  }

  private async requireBinding(id: string): Promise<ResidenceBinding> {
    const binding = await this.bindings.findById(id);
    if (!binding) throw new DomainException(ErrorCode.NotFound, '记录不存在');
    return binding;
  }

  private async summaryOf(id: string): Promise<BindingSummary> {
    const binding = await this.requireBinding(id);
    const building = await this.places.findActiveById(binding.buildingId);
    const user = (await this.users.findActiveByIds([binding.userId]))[0];
    return this.toSummary(
      {
        ...binding,
        nickname: user?.nickname ?? '',
        phoneCipher: user?.phoneCipher ?? null,
        buildingName: building?.name ?? '',
      },
      { forOwner: false },
    );
  }

  private toSummary(row: BindingRow, { forOwner }: { forOwner: boolean }): BindingSummary {
    const phone = row.phoneCipher ? this.cipher.decrypt(row.phoneCipher) : null;
    return toBindingSummary(row, { phone, forOwner });
  }
}

export const reasonRequired = () =>
  new DomainException(ErrorCode.ValidationFailed, '请填写原因', [
    { field: 'reason', problems: ['驳回或撤销时必须填写原因'] },
  ]);
