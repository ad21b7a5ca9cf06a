import { Column, Entity, PrimaryColumn } from 'typeorm';

import { UpdatedAtColumn } from '../../infra/database/columns';

/** A member's balance, kept in the same transaction as every entry; debits are conditional on it. */
@Entity('points_accounts')
export class PointsAccount {
  @PrimaryColumn({ name: 'member_id', type: 'varchar', length: 36 })
  memberId: string;

  @Column({ type: 'int', default: 0 })
  balance: number;

  @UpdatedAtColumn()
  updatedAt: Date;
}
