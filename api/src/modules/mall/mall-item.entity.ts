import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../infra/database/columns';

/** An item of the points mall (积分超市), stocked by community staff or a business. */
@Entity('mall_items')
@Index('idx_mall_items_community_shelf', ['communityId', 'onShelf'])
export class MallItem {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'community_id' })
  communityId: string;

  @RefColumn({ name: 'business_unit_id', nullable: true })
  businessUnitId: string | null;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ name: 'picture_url', type: 'varchar', length: 500, nullable: true })
  pictureUrl: string | null;

  @Column({ name: 'points_price', type: 'int' })
  pointsPrice: number;

  /** Decremented by a conditional UPDATE (stock > 0), so it cannot be oversold. */
  @Column({ type: 'int' })
  stock: number;

  @Column({ name: 'per_member_limit', type: 'int' })
  perMemberLimit: number;

  @Column({ name: 'pickup_place', type: 'varchar', length: 100 })
  pickupPlace: string;

  @Column({ name: 'on_shelf', type: 'boolean', default: true })
  onShelf: boolean;

  @RefColumn({ name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
