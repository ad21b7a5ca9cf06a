import { Column, Entity, PrimaryColumn } from 'typeorm';

import { RefColumn, UpdatedAtColumn } from '../../infra/database/columns';

/** A street's 网格专项考评 weights; streets without a row use the defaults. */
@Entity('scorecard_weights')
export class ScorecardWeightsRow {
  @PrimaryColumn({ name: 'street_id', type: 'varchar', length: 36 })
  streetId: string;

  @Column({ name: 'on_time', type: 'int' })
  onTime: number;

  @Column({ type: 'int' })
  satisfaction: number;

  @Column({ type: 'int' })
  reopen: number;

  /** 走访及时率 (a street that set its weights before it existed weighs it 0). */
  @Column({ type: 'int', default: 0 })
  visits: number;

  @Column({ type: 'int' })
  participation: number;

  @RefColumn({ name: 'updated_by', nullable: true })
  updatedBy: string | null;

  @UpdatedAtColumn()
  updatedAt: Date;
}
