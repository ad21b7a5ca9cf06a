import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn } from '../../infra/database/columns';

/**
 * A refresh token, stored as a hash. Each refresh rotates it within its family; presenting a rotated token
 * again means it was stolen, and the whole family is revoked.
 */
@Entity('refresh_tokens')
export class RefreshToken {
  @IdColumn()
  id: string;

  @Index('idx_refresh_tokens_user')
  @RefColumn({ name: 'user_id' })
  userId: string;

  @Index('idx_refresh_tokens_family')
  @RefColumn({ name: 'family_id' })
  familyId: string;

  @Index('uq_refresh_tokens_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @DateTimeColumn({ name: 'expires_at' })
  expiresAt: Date;

  @DateTimeColumn({ name: 'rotated_at', nullable: true })
  rotatedAt: Date | null;

  @DateTimeColumn({ name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
