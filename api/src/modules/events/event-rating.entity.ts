import { Column, Entity, PrimaryColumn } from 'typeorm';

import { CreatedAtColumn } from '../../infra/database/columns';

/** An attendee's rating of an event after it ended; one per member. */
@Entity('event_ratings')
export class EventRating {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @PrimaryColumn({ name: 'member_id', type: 'varchar', length: 36 })
  memberId: string;

  @Column({ type: 'int' })
  rating: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  comment: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}
