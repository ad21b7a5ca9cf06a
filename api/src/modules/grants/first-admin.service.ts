import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, PHONE_PATTERN, PlaceLevel, Role } from '@tongxin/types';
import { DataSource, IsNull } from 'typeorm';

import { newId } from '../../infra/database/ids';
import { inTransaction } from '../../infra/database/transaction';
import { DomainException } from '../../infra/http/domain.exception';
import { RoleGrant } from '../access/role-grant.entity';
import { AuditService } from '../audit/audit.service';
import { Place } from '../places/place.entity';
import { UsersService } from '../users/users.service';
import { GrantsRepository } from './grants.repository';

export interface FirstAdminRequest {
  street: string;
  phone: string;
  /** The admin's name as shown to others; `管理员` and the phone's last four digits when left out. */
  name?: string;
}

export interface FirstAdminResult {
  streetId: string;
  streetCreated: boolean;
  userId: string;
  userCreated: boolean;
  grantId: string;
}

/**
 * The first administrator of a street on an empty production database (`npm run admin:first`): the street (a top
 * place) when it does not exist, the member with that phone (`UsersService.withPhone`, as SMS login finds it) when
 * unknown, and the 街道管理员 grant, audited. A street that already has an administrator is refused, so the
 * command cannot be run twice for it; later admins are granted in the app. Demo seeding never calls it.
 */
@Injectable()
export class FirstAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly grants: GrantsRepository,
    private readonly accounts: UsersService,
    private readonly audit: AuditService,
  ) {}

  async create(request: FirstAdminRequest): Promise<FirstAdminResult> {
    const street = request.street.trim();
    const name = request.name?.trim() || `管理员${request.phone.slice(-4)}`;
    if (!PHONE_PATTERN.test(request.phone)) {
      throw new DomainException(ErrorCode.InvalidPhone, '请填写 11 位中国大陆手机号');
    }
    if (street.length < 2 || street.length > 64) {
      throw new DomainException(ErrorCode.ValidationFailed, '街道名称为 2–64 个字');
    }
    if (name.length > 32) throw new DomainException(ErrorCode.ValidationFailed, '姓名最多 32 个字');
    return inTransaction(this.dataSource, async (manager) => {
      let place = await manager.findOne(Place, {
        where: { parentId: IsNull(), level: PlaceLevel.Street, name: street, retiredAt: IsNull() },
      });
      if (place) {
        const admins = await manager.count(RoleGrant, {
          where: { placeId: place.id, role: Role.StreetAdmin, revokedAt: IsNull() },
        });
        if (admins > 0) {
          throw new DomainException(ErrorCode.Conflict, `「${street}」已有管理员，请由其在应用内授予其他管理员`);
        }
      }
      const streetCreated = !place;
      if (!place) {
        const id = newId();
        place = Object.assign(new Place(), {
          id,
          level: PlaceLevel.Street,
          name: street,
          parentId: null,
          path: `${id}/`,
          boundary: null,
          minLng: null,
          minLat: null,
          maxLng: null,
          maxLat: null,
          retiredAt: null,
        });
        await manager.insert(Place, place);
      }
      const member = await this.accounts.withPhone(request.phone, name, manager);
      if (!member) throw new DomainException(ErrorCode.Conflict, '该手机号属于已注销的账号，请换一个手机号');
      const { user, created: userCreated } = member;
      const grant = await this.grants.insertGrant(
        { userId: user.id, role: Role.StreetAdmin, placeId: place.id, grantedBy: null },
        manager,
      );
      await this.audit.record(
        {
          actorId: user.id,
          action: 'role.grant',
          targetType: 'role_grant',
          targetId: grant.id,
          placeId: place.id,
          details: { role: Role.StreetAdmin, via: 'first-admin command', streetCreated, userCreated },
        },
        manager,
      );
      return { streetId: place.id, streetCreated, userId: user.id, userCreated, grantId: grant.id };
    });
  }
}
