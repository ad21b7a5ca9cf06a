import { RedemptionStatus } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../infra/database/columns';

/** A member's redemption of a mall item, collected at the pickup place with its code. */
@Entity('mall_redemptions')
@Index('idx_redemptions_member_created', ['memberId', 'createdAt'])
@Index('idx_redemptions_status_expires', ['status', 'expiresAt'])
@Index('idx_redemptions_community_status', ['communityId', 'status'])
export class Redemption {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'item_id' })
  itemId: string;

  @RefColumn({ name: 'member_id' })
  memberId: string;

  @RefColumn({ name: 'community_id' })
  communityId: string;

  @Column({ type: 'int' })
  points: number;

  @Column({ type: 'simple-enum', enum: RedemptionStatus })
  status: RedemptionStatus;

  @Index('uq_redemptions_pickup_code', { unique: true })
  @Column({ name: 'pickup_code', type: 'varchar', length: 8 })
  pickupCode: string;

  @DateTimeColumn({ name: 'expires_at' })
  expiresAt: Date;

  @DateTimeColumn({ name: 'collected_at', nullable: true })
  collectedAt: Date | null;

  @RefColumn({ name: 'collected_by', nullable: true })
  collectedBy: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
