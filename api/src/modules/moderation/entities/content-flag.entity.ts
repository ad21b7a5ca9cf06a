import { FlaggableKind, FlagReason } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, IdColumn, RefColumn } from '../../../infra/database/columns';

/** One member's 举报 of one record: counted once per member (the unique key), whatever they send again. */
@Entity('content_flags')
@Index('uq_content_flags_member', ['recordKind', 'recordId', 'memberId'], { unique: true })
export class ContentFlag {
  @IdColumn()
  id: string;

  @Column({ name: 'record_kind', type: 'simple-enum', enum: FlaggableKind })
  recordKind: FlaggableKind;

  @RefColumn({ name: 'record_id' })
  recordId: string;

  @RefColumn({ name: 'member_id' })
  memberId: string;

  @Column({ type: 'simple-enum', enum: FlagReason })
  reason: FlagReason;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}
