import { Injectable } from '@nestjs/common';
import { ErrorCode, type MeResponse, type MeSummary, type RoleGrantSummary } from '@tongxin/types';

import { PiiCipher } from '../../infra/crypto/pii-cipher';
import { DomainException } from '../../infra/http/domain.exception';
import { AccessRepository, type ActiveGrant } from '../access/access.repository';
import { TokensService } from '../auth/tokens.service';
import { BindingsRepository } from '../bindings/bindings.repository';
import { RiderApplicationsRepository } from '../rider-applications/rider-applications.repository';
import type { UpdateProfileDto } from './dto/update-profile.dto';
import type { User } from './user.entity';
import { UsersRepository } from './users.repository';

export function toGrantSummary(grant: ActiveGrant): RoleGrantSummary {
  return {
    id: grant.id,
    role: grant.role,
    placeId: grant.placeId,
    placeName: grant.placeName,
    placeLevel: grant.placeLevel,
    grantedAt: grant.createdAt.toISOString(),
  };
}

/** The member's own account: see it, edit what is theirs, delete it. */
@Injectable()
export class MeService {
  constructor(
    private readonly users: UsersRepository,
    private readonly access: AccessRepository,
    private readonly bindings: BindingsRepository,
    private readonly applications: RiderApplicationsRepository,
    private readonly tokens: TokensService,
    private readonly cipher: PiiCipher,
  ) {}

  async summary(user: User): Promise<MeSummary> {
    const grants = await this.access.findActiveGrants(user.id);
    return {
      id: user.id,
      nickname: user.nickname,
      avatarUrl: user.avatarUrl,
      phone: user.phoneCipher ? this.cipher.decrypt(user.phoneCipher) : null,
      roles: grants.map(toGrantSummary),
    };
  }

  async get(userId: string): Promise<MeResponse> {
    const user = await this.activeUser(userId);
    const binding = await this.bindings.findLiveForUser(userId);
    return {
      ...(await this.summary(user)),
      home: binding
        ? {
            buildingId: binding.buildingId,
            buildingName: binding.buildingName,
            household: binding.household,
            status: binding.status,
          }
        : null,
      createdAt: user.createdAt.toISOString(),
    };
  }

  async update(userId: string, body: UpdateProfileDto): Promise<MeResponse> {
    await this.activeUser(userId);
    const fields: Partial<User> = {};
    if (body.nickname !== undefined) fields.nickname = body.nickname;
    if (body.avatarUrl !== undefined) fields.avatarUrl = body.avatarUrl;
    if (Object.keys(fields).length > 0) await this.users.updateProfile(userId, fields);
    return this.get(userId);
  }

  /**
   * Deletes the account: personal fields cleared, roles revoked, open requests withdrawn, sessions ended.
   * The row stays, anonymised, where other records (reviews, audit entries) must keep a reference.
   */
  async delete(userId: string): Promise<void> {
    await this.users.transaction(async (manager) => {
      if (!(await this.users.anonymise(userId, new Date(), manager))) {
        throw new DomainException(ErrorCode.Unauthenticated, '账号不存在或已注销');
      }
      await this.access.revokeAllForUser(userId, manager);
      await this.bindings.withdrawLiveForUser(userId, manager);
      await this.applications.withdrawPendingForUser(userId, manager);
    });
    await this.tokens.revokeAllForUser(userId);
  }

  private async activeUser(userId: string): Promise<User> {
    const user = await this.users.findActiveById(userId);
    if (!user) throw new DomainException(ErrorCode.Unauthenticated, '账号不存在或已注销');
    return user;
  }
}
