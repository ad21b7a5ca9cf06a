import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, IdColumn, RefColumn } from '../../../infra/database/columns';

/** A 帮扶 category of a community (the defaults get stable ids; staff add their own) and how often to visit. */
@Entity('care_categories')
@Index('uq_care_categories_name', ['communityId', 'name'], { unique: true })
export class CareCategory {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'community_id' })
  communityId: string;

  /** The default's key (`elder_alone` …); null for a category staff added. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  key: string | null;

  @Column({ type: 'varchar', length: 32 })
  name: string;

  @Column({ name: 'visit_days', type: 'smallint' })
  visitDays: number;

  @CreatedAtColumn()
  createdAt: Date;
}
