import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../../infra/database/columns';

/**
 * A home from a community's 住户台账: a room of a building. Its `label` is how a residence binding names the home
 * (`3单元502`), so a resident who claims it is bound exactly as if they had asked and been verified.
 */
@Entity('households')
@Index('uq_households_room', ['buildingId', 'unit', 'room'], { unique: true })
export class Household {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'building_id' })
  buildingId: string;

  /** Entrance (单元) number; '' for a building without units. */
  @Column({ type: 'varchar', length: 8 })
  unit: string;

  @Column({ type: 'varchar', length: 16 })
  room: string;

  @Column({ type: 'varchar', length: 32 })
  label: string;

  @RefColumn({ name: 'import_id' })
  importId: string;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
