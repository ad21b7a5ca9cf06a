import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, IdColumn, RefColumn } from '../../../infra/database/columns';

/** A word a street adds to the keyword filter: text containing it is held for a moderator. */
@Entity('moderation_words')
@Index('uq_moderation_words_street_word', ['streetId', 'word'], { unique: true })
export class ModerationWord {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'street_id' })
  streetId: string;

  @Column({ type: 'varchar', length: 32 })
  word: string;

  @RefColumn({ name: 'created_by' })
  createdBy: string;

  @CreatedAtColumn()
  createdAt: Date;
}
