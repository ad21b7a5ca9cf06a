import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, IdColumn, RefColumn } from '../../infra/database/columns';

/** A time a member is usually free: minutes after midnight, China time; `weekdays` a mask (bit 0 Monday; 0 every day). */
@Entity('rider_free_windows')
@Index('idx_rider_free_windows_user', ['userId'])
export class FreeWindowRow {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'user_id' })
  userId: string;

  @Column({ name: 'start_minute', type: 'smallint' })
  startMinute: number;

  /** At or before the start: the window ends the next day. */
  @Column({ name: 'end_minute', type: 'smallint' })
  endMinute: number;

  @Column({ type: 'smallint', default: 0 })
  weekdays: number;

  @CreatedAtColumn()
  createdAt: Date;
}
