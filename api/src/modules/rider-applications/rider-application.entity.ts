import { ApplicationStatus, RiderPlatform } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../infra/database/columns';

/** A delivery rider's application to serve as a part-time grid member (滨新侠) on some grids of a community. */
@Entity('rider_applications')
@Index('idx_rider_apps_status_community', ['status', 'communityId'])
export class RiderApplication {
  @IdColumn()
  id: string;

  @Index('idx_rider_apps_user')
  @RefColumn({ name: 'user_id' })
  userId: string;

  @Column({ type: 'simple-enum', enum: RiderPlatform })
  platform: RiderPlatform;

  @RefColumn({ name: 'community_id' })
  communityId: string;

  @Column({ name: 'grid_ids', type: 'simple-json' })
  gridIds: string[];

  @Column({ type: 'varchar', length: 300 })
  statement: string;

  @Column({ type: 'simple-enum', enum: ApplicationStatus })
  status: ApplicationStatus;

  /** The user id while pending: one open application per member. */
  @Index('uq_rider_apps_pending', { unique: true })
  @Column({ name: 'pending_key', type: 'varchar', length: 36, nullable: true })
  pendingKey: string | null;

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
