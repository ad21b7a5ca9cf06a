import { EARNING_SOURCES, type EarningSource } from '@tongxin/types';
import { Column, Entity, PrimaryColumn } from 'typeorm';

import { RefColumn, UpdatedAtColumn } from '../../infra/database/columns';

/** Points a community pays for one source, with optional daily and monthly caps per member (in points). */
@Entity('points_rules')
export class PointsRule {
  @PrimaryColumn({ name: 'community_id', type: 'varchar', length: 36 })
  communityId: string;

  @PrimaryColumn({ type: 'simple-enum', enum: EARNING_SOURCES })
  source: EarningSource;

  @Column({ type: 'int' })
  points: number;

  @Column({ name: 'daily_cap', type: 'int', nullable: true })
  dailyCap: number | null;

  @Column({ name: 'monthly_cap', type: 'int', nullable: true })
  monthlyCap: number | null;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @RefColumn({ name: 'updated_by', nullable: true })
  updatedBy: string | null;

  @UpdatedAtColumn()
  updatedAt: Date;
}
