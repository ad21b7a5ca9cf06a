import { Entity, PrimaryColumn } from 'typeorm';

import { UpdatedAtColumn } from '../../infra/database/columns';

/**
 * A member's 我的顺路, as one row: its places and free windows hang off it, and saving locks it first, so two saves
 * at once replace the route one after the other. No row: no route yet.
 */
@Entity('rider_routes')
export class RiderRouteRow {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @UpdatedAtColumn()
  updatedAt: Date;
}
