import { PlaceLevel } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../infra/database/columns';

/** street 街道 → community 社区 → grid 网格 → building 楼栋. `path` makes "this place and everything below" one indexed prefix match. */
export type PlaceBoundary =
  { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

@Entity('places')
@Index('idx_places_level_bbox', ['level', 'minLng', 'maxLng'])
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

  /** Grid boundary as a GeoJSON Polygon or MultiPolygon geometry ([lng, lat], GCJ-02 as WeChat reports). */
  @Column({ type: 'simple-json', nullable: true })
  boundary: PlaceBoundary | null;

  // Bounding box of the boundary: the indexed first filter of the point → grid lookup.
  @Column({ name: 'min_lng', type: 'double', nullable: true })
  minLng: number | null;

  @Column({ name: 'min_lat', type: 'double', nullable: true })
  minLat: number | null;

  @Column({ name: 'max_lng', type: 'double', nullable: true })
  maxLng: number | null;

  @Column({ name: 'max_lat', type: 'double', nullable: true })
  maxLat: number | null;

  /** Buildings: where it stands ([lng, lat], GCJ-02), from the 台账 import; null when unknown. */
  @Column({ type: 'double', nullable: true })
  lng: number | null;

  @Column({ type: 'double', nullable: true })
  lat: number | null;

  /** Buildings: how many 单元 (entrances) it has; households name a unit within it. */
  @Column({ name: 'unit_count', type: 'smallint', nullable: true })
  unitCount: number | null;

  @DateTimeColumn({ name: 'retired_at', nullable: true })
  retiredAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
