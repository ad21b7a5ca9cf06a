import { Column, Entity, Index } from 'typeorm';

import { DateTimeColumn, IdColumn, RefColumn } from '../../../infra/database/columns';

/** The history of a record: who changed which fields (never the sensitive values) and when. */
@Entity('care_record_changes')
@Index('idx_care_changes_record', ['recordId', 'createdAt'])
export class CareRecordChange {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'record_id' })
  recordId: string;

  @RefColumn({ name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 12 })
  action: 'created' | 'updated' | 'closed' | 'anonymised';

  @Column({ type: 'simple-json' })
  fields: string[];

  @DateTimeColumn({ name: 'created_at' })
  createdAt: Date;
}
