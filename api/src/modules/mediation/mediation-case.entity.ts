import { DisputeKind, MediationOutcome, MediationSource, MediationStatus } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../infra/database/columns';

/**
 * A 石榴调解 case. Confidential: only its member parties, its mediator and 调解工作室负责人 read it (every read audited).
 * Every state change is a conditional UPDATE on `status` (`mediation-states.ts`).
 */
@Entity('mediation_cases')
@Index('idx_mediation_community_status', ['communityId', 'status', 'createdAt'])
@Index('idx_mediation_requester', ['requesterId', 'createdAt'])
@Index('idx_mediation_other_member', ['otherMemberId', 'createdAt'])
@Index('idx_mediation_mediator', ['mediatorId', 'status'])
@Index('idx_mediation_accept_due', ['status', 'acceptDueAt'])
@Index('idx_mediation_session_due', ['status', 'firstSessionDueAt'])
@Index('idx_mediation_resolved', ['resolvedAt'])
export class MediationCase {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'community_id' })
  communityId: string;

  @Column({ type: 'simple-enum', enum: DisputeKind })
  kind: DisputeKind;

  @Column({ type: 'simple-enum', enum: MediationStatus })
  status: MediationStatus;

  @Column({ type: 'simple-enum', enum: MediationSource })
  source: MediationSource;

  /** The member who asked; null for a walk-in or caller who is not a member (then the name and phone below). */
  @RefColumn({ name: 'requester_id', nullable: true })
  requesterId: string | null;

  @Column({ name: 'requester_name', type: 'varchar', length: 32, nullable: true })
  requesterName: string | null;

  /** A non-member requester's phone, sealed like members' phones. */
  @Column({ name: 'requester_phone_cipher', type: 'varchar', length: 200, nullable: true })
  requesterPhoneCipher: string | null;

  @RefColumn({ name: 'other_member_id', nullable: true })
  otherMemberId: string | null;

  @Column({ name: 'other_name', type: 'varchar', length: 32, nullable: true })
  otherName: string | null;

  @RefColumn({ name: 'other_building_id', nullable: true })
  otherBuildingId: string | null;

  /** The other party's phone, if given: sealed, shown only to the mediator and staff. */
  @Column({ name: 'other_phone_cipher', type: 'varchar', length: 200, nullable: true })
  otherPhoneCipher: string | null;

  @Column({ type: 'varchar', length: 2000 })
  account: string;

  @Column({ type: 'varchar', length: 1000 })
  hopes: string;

  @Column({ name: 'preferred_times', type: 'varchar', length: 100, nullable: true })
  preferredTimes: string | null;

  /** Staff who opened it for a walk-in or a caller. */
  @RefColumn({ name: 'opened_by', nullable: true })
  openedBy: string | null;

  @Column({ name: 'decline_reason', type: 'varchar', length: 200, nullable: true })
  declineReason: string | null;

  @RefColumn({ name: 'mediator_id', nullable: true })
  mediatorId: string | null;

  @DateTimeColumn({ name: 'accept_due_at', nullable: true })
  acceptDueAt: Date | null;

  @DateTimeColumn({ name: 'accepted_at', nullable: true })
  acceptedAt: Date | null;

  @DateTimeColumn({ name: 'first_session_due_at', nullable: true })
  firstSessionDueAt: Date | null;

  /** Which deadline was missed last ('accept', 'session'), told to the street once each. */
  @Column({ name: 'escalated_stage', type: 'varchar', length: 8, nullable: true })
  escalatedStage: 'accept' | 'session' | null;

  @DateTimeColumn({ name: 'escalated_at', nullable: true })
  escalatedAt: Date | null;

  @Column({ type: 'simple-enum', enum: MediationOutcome, nullable: true })
  outcome: MediationOutcome | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  agreement: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  referral: string | null;

  @DateTimeColumn({ name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;

  @DateTimeColumn({ name: 'follow_up_due_at', nullable: true })
  followUpDueAt: Date | null;

  @Column({ name: 'follow_up_held', type: 'boolean', nullable: true })
  followUpHeld: boolean | null;

  @Column({ name: 'follow_up_note', type: 'varchar', length: 500, nullable: true })
  followUpNote: string | null;

  @DateTimeColumn({ name: 'follow_up_at', nullable: true })
  followUpAt: Date | null;

  @Column({ type: 'smallint', nullable: true })
  rating: number | null;

  @Column({ name: 'rating_comment', type: 'varchar', length: 300, nullable: true })
  ratingComment: string | null;

  /** A rating of 2 or less waits for a call back ('open'), then records what was done ('done'). */
  @Column({ name: 'rating_follow_up', type: 'varchar', length: 8, nullable: true })
  ratingFollowUp: 'open' | 'done' | null;

  @Column({ name: 'rating_follow_up_note', type: 'varchar', length: 500, nullable: true })
  ratingFollowUpNote: string | null;

  @RefColumn({ name: 'rating_follow_up_by', nullable: true })
  ratingFollowUpBy: string | null;

  @DateTimeColumn({ name: 'rating_follow_up_at', nullable: true })
  ratingFollowUpAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
