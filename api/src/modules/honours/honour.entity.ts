import { HonourKind, HonourStatus } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../infra/database/columns';

/** 石榴籽个人 / 石榴籽企业: nominated by one staff member, approved by another, published for a period, then archived. */
@Entity('honours')
@Index('idx_honours_community_status', ['communityId', 'status', 'publishedUntil'])
export class Honour {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'community_id' })
  communityId: string;

  @Column({ type: 'simple-enum', enum: HonourKind })
  kind: HonourKind;

  @RefColumn({ name: 'member_id', nullable: true })
  memberId: string | null;

  @RefColumn({ name: 'business_unit_id', nullable: true })
  businessUnitId: string | null;

  @Column({ type: 'varchar', length: 300 })
  citation: string;

  @Column({ name: 'publish_days', type: 'int' })
  publishDays: number;

  @Column({ type: 'simple-enum', enum: HonourStatus })
  status: HonourStatus;

  @RefColumn({ name: 'nominated_by' })
  nominatedBy: string;

  @RefColumn({ name: 'approved_by', nullable: true })
  approvedBy: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;

  @DateTimeColumn({ name: 'published_from', nullable: true })
  publishedFrom: Date | null;

  @DateTimeColumn({ name: 'published_until', nullable: true })
  publishedUntil: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
