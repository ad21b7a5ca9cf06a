import { FlaggableKind, ModerationSource, ModerationState } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn } from '../../../infra/database/columns';

/**
 * One record under moderation: held when written, hidden by flags or WeChat's photo check, then passed or removed.
 * One case per record (a record passed once and flagged again reopens its case). Lists of records others see
 * leave out those whose case is held, hidden or removed — except for the author.
 */
@Entity('moderation_cases')
@Index('uq_moderation_cases_record', ['recordKind', 'recordId'], { unique: true })
@Index('idx_moderation_cases_place_state', ['placeId', 'state', 'createdAt'])
export class ModerationCase {
  @IdColumn()
  id: string;

  @Column({ name: 'record_kind', type: 'simple-enum', enum: FlaggableKind })
  recordKind: FlaggableKind;

  @RefColumn({ name: 'record_id' })
  recordId: string;

  /** The community (or street) the record belongs to: who moderates it. */
  @RefColumn({ name: 'place_id' })
  placeId: string;

  @RefColumn({ name: 'author_id', nullable: true })
  authorId: string | null;

  @Column({ type: 'simple-enum', enum: ModerationState })
  state: ModerationState;

  @Column({ type: 'simple-enum', enum: ModerationSource })
  source: ModerationSource;

  @Column({ type: 'varchar', length: 200 })
  excerpt: string;

  @Column({ name: 'flag_count', type: 'int', default: 0 })
  flagCount: number;

  @RefColumn({ name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @DateTimeColumn({ name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_reason', type: 'varchar', length: 200, nullable: true })
  decisionReason: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}
