import { Column, Entity, Index } from 'typeorm';

import { DateTimeColumn, IdColumn, RefColumn } from '../../../infra/database/columns';

/** A 日常巡查 of a grid by one of its workers. */
@Entity('care_patrols')
@Index('idx_care_patrols_grid_started', ['gridId', 'startedAt'])
export class Patrol {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'grid_id' })
  gridId: string;

  @RefColumn({ name: 'community_id' })
  communityId: string;

  @RefColumn({ name: 'worker_id' })
  workerId: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;

  @DateTimeColumn({ name: 'started_at' })
  startedAt: Date;

  @DateTimeColumn({ name: 'ended_at', nullable: true })
  endedAt: Date | null;
}
