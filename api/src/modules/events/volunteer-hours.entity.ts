import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../infra/database/columns';

/**
 * A volunteer's counted service time at one event: one row per registration (unique), made by the first 签退 or
 * adjustment. `pointsPaid` is what the ledger has paid for it so far (net); changes are claimed on `revision`, so
 * two adjustments at once pay one difference each, never the same one twice.
 */
@Entity('volunteer_hours')
@Index('idx_volunteer_hours_member_starts', ['memberId', 'eventStartsAt'])
export class VolunteerHours {
  @IdColumn()
  id: string;

  @Index('uq_volunteer_hours_registration', { unique: true })
  @RefColumn({ name: 'registration_id' })
  registrationId: string;

  @Index('idx_volunteer_hours_event')
  @RefColumn({ name: 'event_id' })
  eventId: string;

  @RefColumn({ name: 'member_id' })
  memberId: string;

  /** The event's start when the time was counted: the member's record lists by it without a join to sort. */
  @DateTimeColumn({ name: 'event_starts_at' })
  eventStartsAt: Date;

  @Column({ type: 'int' })
  minutes: number;

  /** out − in as measured at the 签退 (capped); null when an adjustment came first. */
  @Column({ name: 'measured_minutes', type: 'int', nullable: true })
  measuredMinutes: number | null;

  @Column({ name: 'points_paid', type: 'int', default: 0 })
  pointsPaid: number;

  /** The community the points were paid in (null: none yet). */
  @RefColumn({ name: 'community_id', nullable: true })
  communityId: string | null;

  @Column({ type: 'int', default: 0 })
  revision: number;

  /** The latest adjustment's reason (the full history is in volunteer_hour_adjustments). */
  @Column({ name: 'adjustment_reason', type: 'varchar', length: 200, nullable: true })
  adjustmentReason: string | null;

  @DateTimeColumn({ name: 'adjusted_at', nullable: true })
  adjustedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
