import { Injectable } from '@nestjs/common';
import type { MeSummary } from '@tongxin/types';

import { PiiCipher } from '../../infra/crypto/pii-cipher';
import { AccessRepository } from '../access/access.repository';
import type { User } from './user.entity';
import { toMeSummary } from './users.mapper';

/** Members as accounts: who they are and what roles they hold (for sessions and the profile). */
@Injectable()
export class UsersService {
  constructor(
    private readonly access: AccessRepository,
    private readonly cipher: PiiCipher,
  ) {}

  async summary(user: User): Promise<MeSummary> {
    const grants = await this.access.findActiveGrants(user.id);
    return toMeSummary(user, user.phoneCipher ? this.cipher.decrypt(user.phoneCipher) : null, grants);
  }
}
