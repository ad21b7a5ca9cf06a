import { EventStatus, EventType } from '@tongxin/types';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../infra/database/columns';
import { Place } from '../places/place.entity';

/** A community event (红石榴课堂, 文化节, 托管班, 宣讲, volunteer days). */
@Entity('events')
@Index('idx_events_status_starts', ['status', 'startsAt'])
// The upcoming list reads (status, ends_at) ranges and sorts by starts_at without touching rows.
@Index('idx_events_status_ends_starts', ['status', 'endsAt', 'startsAt'])
// A series' sessions in order (its list, 本场及以后); one session per number.
@Index('uq_events_series_index', ['seriesId', 'seriesIndex'], { unique: true })
export class CommunityEvent {
  @IdColumn()
  id: string;

  @Index('idx_events_place')
  @RefColumn({ name: 'place_id' })
  placeId: string;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'place_id' })
  place?: Place;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'simple-enum', enum: EventType })
  type: EventType;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 200 })
  venue: string;

  @DateTimeColumn({ name: 'starts_at' })
  startsAt: Date;

  @DateTimeColumn({ name: 'ends_at' })
  endsAt: Date;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ name: 'points_reward', type: 'int', default: 0 })
  pointsReward: number;

  @Column({ type: 'simple-enum', enum: EventStatus, default: EventStatus.Draft })
  status: EventStatus;

  @Column({ name: 'cover_url', type: 'varchar', length: 500, nullable: true })
  coverUrl: string | null;

  @DateTimeColumn({ name: 'signup_opens_at', nullable: true })
  signupOpensAt: Date | null;

  @DateTimeColumn({ name: 'signup_closes_at', nullable: true })
  signupClosesAt: Date | null;

  @Column({ name: 'needs_approval', type: 'boolean', default: false })
  needsApproval: boolean;

  /** Sign-ups can be cancelled until this many hours before the start. */
  @Column({ name: 'cancel_deadline_hours', type: 'int', default: 2 })
  cancelDeadlineHours: number;

  /** Confirmed places taken; a sign-up is confirmed by `UPDATE … WHERE confirmed_count < capacity`. */
  @Column({ name: 'confirmed_count', type: 'int', default: 0 })
  confirmedCount: number;

  /** Last waiting-list number handed out; the list is served in this order. */
  @Column({ name: 'waiting_seq', type: 'int', default: 0 })
  waitingSeq: number;

  @RefColumn({ name: 'organizer_id', nullable: true })
  organizerId: string | null;

  /** The series this event is a session of (null for a single event); `uq_events_series_index` numbers them. */
  @RefColumn({ name: 'series_id', nullable: true })
  seriesId: string | null;

  /** 第 n 场 of its series, from 1. */
  @Column({ name: 'series_index', type: 'int', nullable: true })
  seriesIndex: number | null;

  /** When the organizer last wrote to the attendees; the next message claims it by a conditional UPDATE. */
  @DateTimeColumn({ name: 'messaged_at', nullable: true })
  messagedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
