import { PlaceUnitKind } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../infra/database/columns';

/** Service stations (所/站/点/角), co-building units (共建单位) and businesses (商户) belonging to a place. */
@Entity('place_units')
@Index('idx_place_units_place_kind', ['placeId', 'kind'])
export class PlaceUnit {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'place_id' })
  placeId: string;

  @Column({ type: 'simple-enum', enum: PlaceUnitKind })
  kind: PlaceUnitKind;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  address: string | null;

  @DateTimeColumn({ name: 'retired_at', nullable: true })
  retiredAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
