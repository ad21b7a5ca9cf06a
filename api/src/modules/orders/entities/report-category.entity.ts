import { ReportKind } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../../infra/database/columns';

/** A community's category of reports or needs, with the hours each order state may last before escalating. */
@Entity('report_categories')
@Index('uq_report_categories_name', ['communityId', 'name'], { unique: true })
export class ReportCategory {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'community_id' })
  communityId: string;

  @Column({ type: 'varchar', length: 32 })
  name: string;

  @Column({ type: 'simple-enum', enum: ReportKind })
  kind: ReportKind;

  @Column({ name: 'open_hours', type: 'int' })
  openHours: number;

  @Column({ name: 'claimed_hours', type: 'int' })
  claimedHours: number;

  @Column({ name: 'in_progress_hours', type: 'int' })
  inProgressHours: number;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
