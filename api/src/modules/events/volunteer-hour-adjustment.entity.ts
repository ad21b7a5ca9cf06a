import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, IdColumn, RefColumn } from '../../infra/database/columns';

/** An organizer's change to a volunteer's counted time, with its reason and the points it moved. Append-only. */
@Entity('volunteer_hour_adjustments')
@Index('idx_hour_adjustments_registration_created', ['registrationId', 'createdAt'])
export class VolunteerHourAdjustment {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'hours_id' })
  hoursId: string;

  @RefColumn({ name: 'registration_id' })
  registrationId: string;

  @RefColumn({ name: 'event_id' })
  eventId: string;

  @RefColumn({ name: 'member_id' })
  memberId: string;

  @RefColumn({ name: 'actor_id' })
  actorId: string;

  @Column({ name: 'minutes_before', type: 'int' })
  minutesBefore: number;

  @Column({ name: 'minutes_after', type: 'int' })
  minutesAfter: number;

  /** Points paid (+) or taken back (−) with it, under its own idempotency key. */
  @Column({ name: 'points_delta', type: 'int', default: 0 })
  pointsDelta: number;

  @Column({ type: 'varchar', length: 200 })
  reason: string;

  @CreatedAtColumn()
  createdAt: Date;
}
