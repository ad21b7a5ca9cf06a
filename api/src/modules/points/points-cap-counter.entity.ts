import { PointsSource } from '@tongxin/types';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Points a member earned from one source in one period (D2026-11-22 / M2026-11); caps are checked against it. */
@Entity('points_cap_counters')
export class PointsCapCounter {
  @PrimaryColumn({ name: 'member_id', type: 'varchar', length: 36 })
  memberId: string;

  @PrimaryColumn({ type: 'simple-enum', enum: PointsSource })
  source: PointsSource;

  @PrimaryColumn({ name: 'period_key', type: 'varchar', length: 12 })
  periodKey: string;

  @Column({ type: 'int', default: 0 })
  total: number;
}
