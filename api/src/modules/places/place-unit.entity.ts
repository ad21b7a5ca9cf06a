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

  /** What it offers, in its staff's words (调解、代办、托管…). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  services: string | null;

  @Column({ name: 'opening_hours', type: 'varchar', length: 100, nullable: true })
  openingHours: string | null;

  @Column({ name: 'contact_name', type: 'varchar', length: 32, nullable: true })
  contactName: string | null;

  /** The unit's public service number, not a person's: stored as written. */
  @Column({ name: 'contact_phone', type: 'varchar', length: 20, nullable: true })
  contactPhone: string | null;

  // Where it is on the map ([lng, lat], GCJ-02): both or neither.
  @Column({ type: 'double', nullable: true })
  lng: number | null;

  @Column({ type: 'double', nullable: true })
  lat: number | null;

  @DateTimeColumn({ name: 'retired_at', nullable: true })
  retiredAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
