import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { CreatedAtColumn, RefColumn } from '../../infra/database/columns';

/** An attendee's rating of an event after it ended; one per member. */
@Entity('event_ratings')
@Index('idx_event_ratings_comment', ['commentId'])
export class EventRating {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @PrimaryColumn({ name: 'member_id', type: 'varchar', length: 36 })
  memberId: string;

  @Column({ type: 'int' })
  rating: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  comment: string | null;

  /** Names the comment for moderation (举报, holds); null without a comment. */
  @RefColumn({ name: 'comment_id', nullable: true })
  commentId: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}
