import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type MemberPhoneResponse,
  type MemberSummary,
  type Page,
  PHONE_PATTERN,
  type RoleGrantRow,
} from '@tongxin/types';

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
import { UsersService } from '../users/users.service';
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
    private readonly accounts: UsersService,
    private readonly places: PlacesRepository,
    private readonly audit: AuditService,
    private readonly cipher: PiiCipher,
  ) {}

  async list(caller: Caller, query: ListGrantsQueryDto): Promise<Page<RoleGrantRow>> {
    const scopes = this.access.scopes(caller.grants ?? [], Permission.RoleGrant);
    let placePath: string | undefined;
    if (query.placeId && query.includeBelow) placePath = (await this.requirePlace(query.placeId)).path;
    const { rows, total } = await this.grants.findGrantsWithin({
      scopes,
      placeId: placePath ? undefined : query.placeId,
      placePath,
      role: query.role,
      withResidents: query.withResidents,
      sort: query.sort,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return toPage(
      rows.map((r) => toRoleGrantRow(r, { nickname: r.nickname, phone: this.decrypt(r.phoneCipher) })),
      total,
      query,
    );
  }

  /** To a member picked in the directory, or to whoever has (or will log in with) a phone number. */
  async grant(caller: Caller, body: GrantRoleDto): Promise<RoleGrantRow> {
    if (body.userId !== undefined && body.phone !== undefined) {
      throw new DomainException(ErrorCode.ValidationFailed, '请只填写成员或手机号其中之一');
    }
    const place = await this.requirePlace(body.placeId);
    if (!canGrant(this.rolesCovering(caller.grants ?? [], place.path), body.role)) throw forbidden();
    const { user, created } = body.phone
      ? ((await this.accounts.withPhone(body.phone, body.nickname ?? `居民${body.phone.slice(-4)}`)) ?? {
          user: null,
          created: false,
        })
      : { user: await this.users.findActiveById(body.userId ?? ''), created: false };
    if (!user) throw new DomainException(ErrorCode.NotFound, '用户不存在');
    if (caller.userId === user.id) throw forbidden();
    try {
      const grant = await this.users.transaction(async (manager) => {
        const row = await this.grants.insertGrant(
          { userId: user.id, role: body.role, placeId: place.id, grantedBy: caller.userId },
          manager,
        );
        await this.audit.record(
          {
            actorId: caller.userId,
            action: 'role.grant',
            targetType: 'role_grant',
            targetId: row.id,
            placeId: place.id,
            details: {
              userId: user.id,
              role: body.role,
              ...(body.phone ? { byPhone: true, accountCreated: created } : {}),
            },
          },
          manager,
        );
        return row;
      });
      return toRoleGrantRow(
        { ...grant, placeName: place.name, placeLevel: place.level, createdAt: new Date() },
        { nickname: user.nickname, phone: this.decrypt(user.phoneCipher) },
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
    const placePath = query.placeId ? (await this.requirePlace(query.placeId)).path : undefined;
    // A whole phone number is looked up by its hash; anything else is part of a nickname.
    const match =
      query.q && PHONE_PATTERN.test(query.q) ? { phoneHash: this.cipher.hash(query.q) } : { nickname: query.q };
    const filter = { scopes, placePath, ...match, offset: (query.page - 1) * query.pageSize, limit: query.pageSize };
    const { rows, total } = query.role
      ? await this.members.findWithRole({ ...filter, role: query.role })
      : await this.members.findWithin(filter);
    return toPage(
      rows.map((r) => toMemberSummary(r, this.decrypt(r.phoneCipher))),
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

  private async requirePlace(id: string) {
    const place = await this.places.findActiveById(id);
    if (!place) throw new DomainException(ErrorCode.PlaceNotFound, '地点不存在');
    return place;
  }

  private decrypt(cipher: string | null): string | null {
    return cipher ? this.cipher.decrypt(cipher) : null;
  }

  private rolesCovering(grants: ActiveGrant[], placePath: string) {
    return grants.filter((g) => placePath.startsWith(g.placePath)).map((g) => g.role);
  }
}
