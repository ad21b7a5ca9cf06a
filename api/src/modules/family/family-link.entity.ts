import type { FamilyLinkStatus } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn } from '../../infra/database/columns';

/**
 * 亲情代办: a family member (child) may act for a parent once the parent confirms on their phone or staff record the
 * parent's consent at a visit. The parent, the child or staff can end it. One live link per pair (`live_key`).
 */
@Entity('family_links')
@Index('idx_family_links_parent', ['parentId', 'status'])
@Index('idx_family_links_child', ['childId', 'status'])
export class FamilyLink {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'parent_id' })
  parentId: string;

  @RefColumn({ name: 'child_id' })
  childId: string;

  @Column({ type: 'varchar', length: 16 })
  relation: string;

  @Column({ type: 'varchar', length: 8 })
  status: FamilyLinkStatus;

  /** `parent:child` while pending or active, NULL once ended. */
  @Index('uq_family_links_live', { unique: true })
  @Column({ name: 'live_key', type: 'varchar', length: 80, nullable: true })
  liveKey: string | null;

  @Column({ name: 'confirmed_by', type: 'varchar', length: 8, nullable: true })
  confirmedBy: 'parent' | 'staff' | null;

  @RefColumn({ name: 'confirmed_by_staff', nullable: true })
  confirmedByStaff: string | null;

  @DateTimeColumn({ name: 'confirmed_at', nullable: true })
  confirmedAt: Date | null;

  @DateTimeColumn({ name: 'ended_at', nullable: true })
  endedAt: Date | null;

  @RefColumn({ name: 'ended_by', nullable: true })
  endedBy: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}
