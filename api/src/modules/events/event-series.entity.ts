import { EventType } from '@tongxin/types';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../infra/database/columns';
import { Place } from '../places/place.entity';

/**
 * A weekly programme (红石榴课堂 every Tuesday 15:00 for 12 weeks): the rule its sessions were made from. Each
 * session is an event of its own (`events.series_id`, `series_index`), edited, cancelled and signed up for as one.
 */
@Entity('event_series')
export class EventSeries {
  @IdColumn()
  id: string;

  @Index('idx_event_series_place')
  @RefColumn({ name: 'place_id' })
  placeId: string;

  @ManyToOne(() => Place, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'place_id' })
  place?: Place;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'simple-enum', enum: EventType })
  type: EventType;

  /** ISO weekdays (1 = Monday … 7 = Sunday) in China time, comma-separated: `2` or `2,4`. */
  @Column({ type: 'varchar', length: 20 })
  weekdays: string;

  /** The sessions' start as minutes after midnight, China time (15:00 → 900). */
  @Column({ name: 'start_minute', type: 'int' })
  startMinute: number;

  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes: number;

  /** Sessions made, cancelled ones included: the N of 第 n/N 场. */
  @Column({ name: 'session_count', type: 'int' })
  sessionCount: number;

  @DateTimeColumn({ name: 'first_starts_at' })
  firstStartsAt: Date;

  @DateTimeColumn({ name: 'last_starts_at' })
  lastStartsAt: Date;

  @RefColumn({ name: 'organizer_id', nullable: true })
  organizerId: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
