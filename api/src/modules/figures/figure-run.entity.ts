import { Column, Entity, PrimaryColumn } from 'typeorm';

import { DateTimeColumn } from '../../infra/database/columns';

/**
 * The figures sweep's lease and progress: a replica runs the sweep only after moving `lease_until` forward with a
 * conditional UPDATE, so replicas sweeping at once do the work once.
 */
@Entity('figure_runs')
export class FigureRun {
  @PrimaryColumn({ type: 'varchar', length: 24 })
  name: string;

  @DateTimeColumn({ name: 'lease_until', nullable: true })
  leaseUntil: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  holder: string | null;

  @DateTimeColumn({ name: 'finished_at', nullable: true })
  finishedAt: Date | null;

  /** The China day of the last deep run (the last 35 days again, for facts recorded late). */
  @Column({ name: 'deep_day', type: 'varchar', length: 10, nullable: true })
  deepDay: string | null;
}
