import { Role } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn } from '../../infra/database/columns';

/** A role granted on a place; it reaches everything below the place (the place's `path` prefix). */
@Entity('role_grants')
@Index('idx_role_grants_user_active', ['userId', 'revokedAt'])
@Index('idx_role_grants_place', ['placeId'])
@Index('idx_role_grants_created', ['createdAt'])
export class RoleGrant {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'user_id' })
  userId: string;

  @Column({ type: 'simple-enum', enum: Role })
  role: Role;

  @RefColumn({ name: 'place_id' })
  placeId: string;

  /** `user:role:place` while active, NULL once revoked: one active grant per user, role and place. */
  @Index('uq_role_grants_active', { unique: true })
  @Column({ name: 'active_key', type: 'varchar', length: 120, nullable: true })
  activeKey: string | null;

  @RefColumn({ name: 'granted_by', nullable: true })
  grantedBy: string | null;

  @DateTimeColumn({ name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @RefColumn({ name: 'revoked_by', nullable: true })
  revokedBy: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}
