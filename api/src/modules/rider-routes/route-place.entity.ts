import { Entity, Index, PrimaryColumn } from 'typeorm';

import { CreatedAtColumn, RefColumn } from '../../infra/database/columns';

/** A grid or a single building on a member's route; `grid_id` is its grid (the place the row belongs to). */
@Entity('rider_route_places')
export class RoutePlace {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @PrimaryColumn({ name: 'place_id', type: 'varchar', length: 36 })
  placeId: string;

  @Index('idx_rider_route_places_grid')
  @RefColumn({ name: 'grid_id' })
  gridId: string;

  @CreatedAtColumn()
  createdAt: Date;
}
