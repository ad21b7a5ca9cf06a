import { Injectable } from '@nestjs/common';
import type { MeSummary } from '@tongxin/types';
import type { EntityManager } from 'typeorm';

import { PiiCipher } from '../../infra/crypto/pii-cipher';
import { isUniqueViolation } from '../../infra/database/db-errors';
import { newId } from '../../infra/database/ids';
import { AccessRepository } from '../access/access.repository';
import { User } from './user.entity';
import { toMeSummary } from './users.mapper';
import { UsersRepository } from './users.repository';

/** Members as accounts: who they are and what roles they hold (for sessions and the profile). */
@Injectable()
export class UsersService {
  constructor(
    private readonly access: AccessRepository,
    private readonly cipher: PiiCipher,
    private readonly users: UsersRepository,
  ) {}

  /**
   * The member with this phone, or a new account for it known by `nickname` (its first SMS login finds it): staff
   * granting a role to a number, the first-admin command. Null when the number belongs to a deleted account.
   */
  async withPhone(
    phone: string,
    nickname: string,
    manager?: EntityManager,
  ): Promise<{ user: User; created: boolean } | null> {
    const phoneHash = this.cipher.hash(phone);
    const existing = await this.users.findByPhoneHash(phoneHash, manager);
    if (existing) return existing.deletedAt ? null : { user: existing, created: false };
    const user = Object.assign(new User(), {
      id: newId(),
      nickname,
      avatarUrl: null,
      homePlaceId: null,
      phoneCipher: this.cipher.encrypt(phone),
      phoneHash,
      wechatOpenid: null,
      deletedAt: null,
    });
    try {
      await this.users.insert(user, manager);
      return { user, created: true };
    } catch (error) {
      // The same number granted twice at once, or its first login in between: the other insert won.
      if (!isUniqueViolation(error)) throw error;
      const winner = await this.users.findByPhoneHash(phoneHash, manager);
      return winner && !winner.deletedAt ? { user: winner, created: false } : null;
    }
  }

  async summary(user: User): Promise<MeSummary> {
    const grants = await this.access.findActiveGrants(user.id);
    return toMeSummary(user, user.phoneCipher ? this.cipher.decrypt(user.phoneCipher) : null, grants);
  }
}
