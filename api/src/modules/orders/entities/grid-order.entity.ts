import { EscalationLevel, OrderStatus } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../../infra/database/columns';

/** The grid order a report becomes. Every state change is a conditional UPDATE on `status`. */
@Entity('grid_orders')
@Index('idx_orders_grid_status', ['gridId', 'status', 'deadlineAt'])
@Index('idx_orders_status_deadline', ['status', 'deadlineAt'])
@Index('idx_orders_handler_status', ['handlerId', 'status'])
@Index('idx_orders_community_status', ['communityId', 'status'])
@Index('idx_orders_community_resolved', ['communityId', 'resolvedAt'])
export class GridOrder {
  @IdColumn()
  id: string;

  @Index('uq_orders_report', { unique: true })
  @RefColumn({ name: 'report_id' })
  reportId: string;

  @RefColumn({ name: 'grid_id' })
  gridId: string;

  @RefColumn({ name: 'community_id' })
  communityId: string;

  @Column({ type: 'simple-enum', enum: OrderStatus })
  status: OrderStatus;

  @RefColumn({ name: 'handler_id', nullable: true })
  handlerId: string | null;

  @DateTimeColumn({ name: 'claimed_at', nullable: true })
  claimedAt: Date | null;

  /**
   * 承诺上门时间 of a claim grabbed for later (稍后上门), inside the claim's deadline: the claim sweep leaves the claim
   * until this time (plus its grace) has passed unstarted. Cleared whenever the order changes hands.
   */
  @DateTimeColumn({ name: 'promised_at', nullable: true })
  promisedAt: Date | null;

  /** When the current state's time runs out: escalation (open/claimed/in progress) or auto-confirmation (done). */
  @DateTimeColumn({ name: 'deadline_at', nullable: true })
  deadlineAt: Date | null;

  @Column({ type: 'simple-enum', enum: EscalationLevel, default: EscalationLevel.Grid })
  escalation: EscalationLevel;

  @Column({ name: 'reopen_count', type: 'int', default: 0 })
  reopenCount: number;

  @Column({ type: 'int', nullable: true })
  rating: number | null;

  @Column({ name: 'rating_comment', type: 'varchar', length: 300, nullable: true })
  ratingComment: string | null;

  /** When the reporter confirmed the fix (or it was confirmed on time-out): the results board lists by it. */
  @DateTimeColumn({ name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
