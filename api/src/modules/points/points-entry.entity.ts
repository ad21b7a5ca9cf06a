import { PointsSource } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, IdColumn, RefColumn } from '../../infra/database/columns';

/** One change of a member's points. Append-only: never updated or deleted; a correction is a reversal entry. */
@Entity('points_entries')
@Index('uq_points_entries_member_key', ['memberId', 'idempotencyKey'], { unique: true })
@Index('idx_points_entries_member_created', ['memberId', 'createdAt'])
@Index('idx_points_entries_created', ['createdAt'])
export class PointsEntry {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'member_id' })
  memberId: string;

  /** The community the points were earned or spent in. */
  @RefColumn({ name: 'community_id' })
  communityId: string;

  @Column({ type: 'int' })
  amount: number;

  @Column({ type: 'simple-enum', enum: PointsSource })
  source: PointsSource;

  @Column({ name: 'source_id', type: 'varchar', length: 64 })
  sourceId: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 100 })
  idempotencyKey: string;

  @RefColumn({ name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}
