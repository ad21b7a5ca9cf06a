import { PlaceLevel } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../infra/database/columns';

/** street 街道 → community 社区 → grid 网格 → building 楼栋. `path` makes "this place and everything below" one indexed prefix match. */
@Entity('places')
export class Place {
  @IdColumn()
  id: string;

  @Column({ type: 'simple-enum', enum: PlaceLevel })
  level: PlaceLevel;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Index('idx_places_parent')
  @RefColumn({ name: 'parent_id', nullable: true })
  parentId: string | null;

  /** Ancestor ids and own id, each followed by '/': `<street>/<community>/<grid>/`. */
  @Index('idx_places_path')
  @Column({ type: 'varchar', length: 200 })
  path: string;

  @DateTimeColumn({ name: 'retired_at', nullable: true })
  retiredAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
