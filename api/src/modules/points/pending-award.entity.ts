import { PendingAwardStatus } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn } from '../../infra/database/columns';

/**
 * A staff award above the approval threshold, held until a second staff member approves or rejects it (two-person
 * rule). The proposer's Idempotency-Key is unique per proposer, so a retried request finds the same row.
 */
@Entity('points_pending_awards')
@Index('uq_pending_awards_proposer_key', ['proposedBy', 'idempotencyKey'], { unique: true })
@Index('idx_pending_awards_status_created', ['status', 'createdAt'])
export class PendingAward {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'member_id' })
  memberId: string;

  /** The community the points will be paid in (the member's home community). */
  @RefColumn({ name: 'community_id' })
  communityId: string;

  /** The member's home when proposed: who may see and decide it is scoped by this place. */
  @RefColumn({ name: 'place_id' })
  placeId: string;

  @Column({ type: 'int' })
  amount: number;

  @Column({ type: 'varchar', length: 200 })
  reason: string;

  @Column({ type: 'simple-enum', enum: PendingAwardStatus, default: PendingAwardStatus.Pending })
  status: PendingAwardStatus;

  @RefColumn({ name: 'proposed_by' })
  proposedBy: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 64 })
  idempotencyKey: string;

  @RefColumn({ name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @DateTimeColumn({ name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  /** Why it was rejected. */
  @Column({ name: 'decision_note', type: 'varchar', length: 200, nullable: true })
  decisionNote: string | null;

  /** The ledger entry that paid it, once approved. */
  @RefColumn({ name: 'entry_id', nullable: true })
  entryId: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}
