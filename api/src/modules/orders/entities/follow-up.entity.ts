import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn } from '../../../infra/database/columns';

/** A task for community staff after a poor rating (≤ 2). */
@Entity('follow_ups')
@Index('idx_follow_ups_community_status', ['communityId', 'status'])
export class FollowUp {
  @IdColumn()
  id: string;

  @Index('uq_follow_ups_report', { unique: true })
  @RefColumn({ name: 'report_id' })
  reportId: string;

  @RefColumn({ name: 'community_id' })
  communityId: string;

  @Column({ type: 'int' })
  rating: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  comment: string | null;

  @Column({ type: 'varchar', length: 8 })
  status: 'open' | 'done';

  @DateTimeColumn({ name: 'done_at', nullable: true })
  doneAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
