import { ReportKind } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn } from '../../../infra/database/columns';

/**
 * A report (随手拍) or need (帮办代办). The GPS point is kept rounded to ~10 m (PIPL: minimised) and is never
 * shown to other residents; it serves duplicate hints and "nearest first".
 */
@Entity('reports')
@Index('idx_reports_reporter_created', ['reporterId', 'createdAt'])
@Index('idx_reports_grid_category', ['gridId', 'categoryId'])
@Index('idx_reports_community_created', ['communityId', 'createdAt'])
@Index('idx_reports_created', ['createdAt'])
export class Report {
  @IdColumn()
  id: string;

  @Column({ type: 'simple-enum', enum: ReportKind })
  kind: ReportKind;

  @RefColumn({ name: 'category_id' })
  categoryId: string;

  @RefColumn({ name: 'community_id' })
  communityId: string;

  @RefColumn({ name: 'grid_id' })
  gridId: string;

  @RefColumn({ name: 'building_id', nullable: true })
  buildingId: string | null;

  @RefColumn({ name: 'reporter_id' })
  reporterId: string;

  @Column({ type: 'varchar', length: 500 })
  text: string;

  @Column({ name: 'location_detail', type: 'varchar', length: 100, nullable: true })
  locationDetail: string | null;

  @Column({ type: 'double', nullable: true })
  lng: number | null;

  @Column({ type: 'double', nullable: true })
  lat: number | null;

  @Column({ name: 'preferred_time', type: 'varchar', length: 64, nullable: true })
  preferredTime: string | null;

  @Column({ name: 'me_too_count', type: 'int', default: 0 })
  meTooCount: number;

  @DateTimeColumn({ name: 'verified_at', nullable: true })
  verifiedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
