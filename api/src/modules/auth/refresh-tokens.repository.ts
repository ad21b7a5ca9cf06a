import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { RefreshToken } from './refresh-token.entity';

@Injectable()
export class RefreshTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(row: RefreshToken, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(RefreshToken, row);
  }

  findByHash(tokenHash: string, manager: EntityManager = this.dataSource.manager): Promise<RefreshToken | null> {
    return manager.findOne(RefreshToken, { where: { tokenHash } });
  }

  /** Marks the token rotated if it is still live; exactly one concurrent caller gets true. */
  async rotateIfLive(id: string, now: Date, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ rotatedAt: now })
      .where('id = :id AND rotated_at IS NULL AND revoked_at IS NULL AND expires_at > :now', { id, now })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async revokeFamily(familyId: string, now: Date, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ revokedAt: now })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
  }

  async revokeAllForUser(userId: string, now: Date, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ revokedAt: now })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
  }
}
