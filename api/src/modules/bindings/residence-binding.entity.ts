import { BindingStatus } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../infra/database/columns';

/** A resident's claim to live in a building/household, verified by community staff. */
@Entity('residence_bindings')
@Index('idx_bindings_status_building', ['status', 'buildingId'])
export class ResidenceBinding {
  @IdColumn()
  id: string;

  @Index('idx_bindings_user')
  @RefColumn({ name: 'user_id' })
  userId: string;

  @RefColumn({ name: 'building_id' })
  buildingId: string;

  @Column({ type: 'varchar', length: 32 })
  household: string;

  @Column({ type: 'simple-enum', enum: BindingStatus })
  status: BindingStatus;

  /** The user id while pending or verified: one live binding per member. */
  @Index('uq_bindings_active', { unique: true })
  @Column({ name: 'active_key', type: 'varchar', length: 36, nullable: true })
  activeKey: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @RefColumn({ name: 'reviewed_by', nullable: true })
  reviewedBy: string | null;

  @DateTimeColumn({ name: 'reviewed_at', nullable: true })
  reviewedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
