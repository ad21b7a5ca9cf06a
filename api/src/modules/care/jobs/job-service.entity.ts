import type { JobOutcome, JobServiceKind } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn } from '../../../infra/database/columns';

/** A training, a piece of guidance or a job referral for a seeker, and how it turned out. */
@Entity('job_services')
@Index('idx_job_services_seeker', ['seekerId', 'on'])
export class JobService {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'seeker_id' })
  seekerId: string;

  @Column({ type: 'varchar', length: 12 })
  kind: JobServiceKind;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  /** Staff, or a co-building unit by name. */
  @Column({ type: 'varchar', length: 64 })
  provider: string;

  /** `YYYY-MM-DD`. */
  @Column({ name: 'service_on', type: 'varchar', length: 10 })
  on: string;

  @Column({ type: 'varchar', length: 10 })
  outcome: JobOutcome;

  @Column({ name: 'outcome_note', type: 'varchar', length: 200, nullable: true })
  outcomeNote: string | null;

  @DateTimeColumn({ name: 'outcome_at', nullable: true })
  outcomeAt: Date | null;

  @RefColumn({ name: 'recorded_by' })
  recordedBy: string;

  @CreatedAtColumn()
  createdAt: Date;
}
