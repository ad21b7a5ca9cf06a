import { Column, Entity, Index } from 'typeorm';

import { DateTimeColumn, IdColumn, RefColumn } from '../../../infra/database/columns';

/** What a patrol noted on its way (photos attach to its id); it may become a report once. */
@Entity('care_patrol_observations')
@Index('idx_patrol_observations_patrol', ['patrolId', 'at'])
export class PatrolObservation {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'patrol_id' })
  patrolId: string;

  @DateTimeColumn()
  at: Date;

  @Column({ type: 'varchar', length: 500 })
  text: string;

  @Column({ type: 'double', nullable: true })
  lng: number | null;

  @Column({ type: 'double', nullable: true })
  lat: number | null;

  @Column({ name: 'report_id', type: 'varchar', length: 36, nullable: true })
  reportId: string | null;
}
