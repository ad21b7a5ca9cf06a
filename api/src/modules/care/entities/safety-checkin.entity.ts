import { Column, Entity, PrimaryColumn } from 'typeorm';

import { CreatedAtColumn, RefColumn } from '../../../infra/database/columns';

/** One 平安打卡 per member per China day: the primary key makes a second tap the same day a no-op. */
@Entity('safety_checkins')
export class SafetyCheckin {
  @PrimaryColumn({ name: 'member_id', type: 'varchar', length: 36 })
  memberId: string;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  day: string;

  @RefColumn({ name: 'record_id' })
  recordId: string;

  /** Who tapped: the member, or staff after a call. */
  @Column({ type: 'varchar', length: 8 })
  by: 'self' | 'staff';

  @CreatedAtColumn()
  createdAt: Date;
}
