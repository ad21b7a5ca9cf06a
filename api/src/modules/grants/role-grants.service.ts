import { Injectable } from '@nestjs/common';
import { ErrorCode, type MemberPhoneResponse, type MemberSummary, type Page, type RoleGrantRow } from '@tongxin/types';

import { PiiCipher } from '../../infra/crypto/pii-cipher';
import { isUniqueViolation } from '../../infra/database/db-errors';
import { DomainException } from '../../infra/http/domain.exception';
import { toPage } from '../../infra/http/page-query.dto';
import type { ActiveGrant } from '../access/access.repository';
import { AccessService, forbidden } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { canGrant, Permission } from '../access/permissions';
import { AuditService } from '../audit/audit.service';
import { PlacesRepository } from '../places/places.repository';
import { UsersRepository } from '../users/users.repository';
import type { GrantRoleDto, ListGrantsQueryDto, ListMembersQueryDto } from './dto/role-grants.dto';
import { toMemberSummary, toRoleGrantRow } from './grants.mapper';
import { GrantsRepository } from './grants.repository';
import { MembersRepository } from './members.repository';

/** Staff grant and revoke roles on places inside their scope, and look up the members living there. */
@Injectable()
export class RoleGrantsService {
  constructor(
    private readonly access: AccessService,
    private readonly grants: GrantsRepository,
    private readonly members: MembersRepository,
    private readonly users: UsersRepository,
    private readonly places: PlacesRepository,
    private readonly audit: AuditService,
    private readonly cipher: PiiCipher,
  ) {}

  async list(caller: Caller, query: ListGrantsQueryDto): Promise<Page<RoleGrantRow>> {
    const scopes = this.access.scopes(caller.grants ?? [], Permission.RoleGrant);
    const { rows, total } = await this.grants.findGrantsWithin({
      scopes,
      placeId: query.placeId,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    const users = await this.users.findActiveByIds([...new Set(rows.map((r) => r.userId))]);
    return toPage(
      rows.map((r) => toRoleGrantRow(r, users.find((u) => u.id === r.userId)?.nickname ?? '')),
      total,
      query,
    );
  }

  async grant(caller: Caller, body: GrantRoleDto): Promise<RoleGrantRow> {
    const place = await this.places.findActiveById(body.placeId);
    if (!place) throw new DomainException(ErrorCode.PlaceNotFound, '地点不存在');
    if (!canGrant(this.rolesCovering(caller.grants ?? [], place.path), body.role)) throw forbidden();
    if (caller.userId === body.userId) throw forbidden();
    const user = await this.users.findActiveById(body.userId);
    if (!user) throw new DomainException(ErrorCode.NotFound, '用户不存在');
    try {
      const grant = await this.users.transaction(async (manager) => {
        const row = await this.grants.insertGrant(
          { userId: body.userId, role: body.role, placeId: body.placeId, grantedBy: caller.userId },
          manager,
        );
        await this.audit.record(
          {
            actorId: caller.userId,
            action: 'role.grant',
            targetType: 'role_grant',
            targetId: row.id,
            placeId: body.placeId,
            details: { userId: body.userId, role: body.role },
          },
          manager,
        );
        return row;
      });
      return toRoleGrantRow(
        { ...grant, placeName: place.name, placeLevel: place.level, createdAt: new Date() },
        user.nickname,
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainException(ErrorCode.Conflict, '该用户已拥有此角色');
      throw error;
    }
  }

  async revoke(caller: Caller, id: string): Promise<void> {
    const grant = await this.grants.findGrantById(id);
    const place = grant ? await this.places.findActiveById(grant.placeId) : null;
    if (!grant || !place || grant.revokedAt) throw new DomainException(ErrorCode.NotFound, '记录不存在');
    if (!canGrant(this.rolesCovering(caller.grants ?? [], place.path), grant.role)) throw forbidden();
    await this.users.transaction(async (manager) => {
      if (!(await this.grants.revokeGrant(id, caller.userId, manager)))
        throw new DomainException(ErrorCode.NotFound, '记录不存在');
      await this.audit.record(
        {
          actorId: caller.userId,
          action: 'role.revoke',
          targetType: 'role_grant',
          targetId: id,
          placeId: grant.placeId,
          details: { userId: grant.userId, role: grant.role },
        },
        manager,
      );
    });
  }

  async listMembers(caller: Caller, query: ListMembersQueryDto): Promise<Page<MemberSummary>> {
    const scopes = this.access.scopes(caller.grants ?? [], Permission.MemberRead);
    let placePath: string | undefined;
    if (query.placeId) {
      const place = await this.places.findActiveById(query.placeId);
      if (!place) throw new DomainException(ErrorCode.PlaceNotFound, '地点不存在');
      placePath = place.path;
    }
    const filter = { scopes, placePath, offset: (query.page - 1) * query.pageSize, limit: query.pageSize };
    const { rows, total } = query.role
      ? await this.members.findWithRole({ ...filter, role: query.role })
      : await this.members.findWithin(filter);
    return toPage(
      rows.map((r) => toMemberSummary(r, r.phoneCipher ? this.cipher.decrypt(r.phoneCipher) : null)),
      total,
      query,
    );
  }

  /** The unmasked number, for staff who must call the member; every read is audited. */
  async revealPhone(caller: Caller, userId: string): Promise<MemberPhoneResponse> {
    const user = await this.users.findActiveById(userId);
    if (!user || !user.homePlaceId) throw new DomainException(ErrorCode.NotFound, '用户不存在');
    await this.audit.record({
      actorId: caller.userId,
      action: 'pii.view',
      targetType: 'user',
      targetId: userId,
      placeId: user.homePlaceId,
      details: { field: 'phone' },
    });
    return { id: user.id, phone: user.phoneCipher ? this.cipher.decrypt(user.phoneCipher) : null };
  }

  private rolesCovering(grants: ActiveGrant[], placePath: string) {
    return grants.filter((g) => placePath.startsWith(g.placePath)).map((g) => g.role);
  }
}
