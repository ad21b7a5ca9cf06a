import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../infra/database/columns';

export type RegistrationStatus = 'confirmed' | 'waiting' | 'pending_approval' | 'cancelled' | 'rejected';

export interface Dependent {
  name: string;
  age?: number;
}

/** A member's sign-up for an event (with dependents, e.g. a child for the holiday care class). */
@Entity('event_registrations')
@Index('idx_registrations_event_status_position', ['eventId', 'status', 'waitingPosition'])
@Index('idx_registrations_member_created', ['memberId', 'createdAt'])
export class Registration {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'event_id' })
  eventId: string;

  @RefColumn({ name: 'member_id' })
  memberId: string;

  @Column({ type: 'varchar', length: 20 })
  status: RegistrationStatus;

  /** `event:member` while live: one live sign-up per member per event. */
  @Index('uq_registrations_live', { unique: true })
  @Column({ name: 'live_key', type: 'varchar', length: 80, nullable: true })
  liveKey: string | null;

  @Column({ name: 'waiting_position', type: 'int', nullable: true })
  waitingPosition: number | null;

  @Column({ type: 'simple-json', nullable: true })
  dependents: Dependent[] | null;

  @DateTimeColumn({ name: 'cancelled_at', nullable: true })
  cancelledAt: Date | null;

  /** The day-before reminder went out; set by a conditional UPDATE, so replicas send it once. */
  @DateTimeColumn({ name: 'reminded_day_at', nullable: true })
  remindedDayAt: Date | null;

  /** The hour-before reminder went out. */
  @DateTimeColumn({ name: 'reminded_hour_at', nullable: true })
  remindedHourAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
