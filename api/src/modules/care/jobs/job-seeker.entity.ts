import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, IdColumn, RefColumn } from '../../../infra/database/columns';

/** 就业帮扶: someone looking for work on a grid (often on the 帮扶台账); name and phone sealed like the register's. */
@Entity('job_seekers')
@Index('idx_job_seekers_grid_status', ['gridId', 'status'])
export class JobSeeker {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'community_id' })
  communityId: string;

  @RefColumn({ name: 'grid_id' })
  gridId: string;

  @RefColumn({ name: 'care_record_id', nullable: true })
  careRecordId: string | null;

  @Column({ name: 'name_cipher', type: 'varchar', length: 200 })
  nameCipher: string;

  @Column({ name: 'name_mask', type: 'varchar', length: 16 })
  nameMask: string;

  @Column({ name: 'phone_cipher', type: 'varchar', length: 200, nullable: true })
  phoneCipher: string | null;

  @Column({ type: 'varchar', length: 300 })
  skills: string;

  @Column({ type: 'varchar', length: 300 })
  wishes: string;

  @Column({ type: 'varchar', length: 8 })
  status: 'seeking' | 'employed';

  @RefColumn({ name: 'created_by' })
  createdBy: string;

  @CreatedAtColumn()
  createdAt: Date;
}
