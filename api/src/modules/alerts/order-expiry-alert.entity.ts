import { Entity, PrimaryColumn } from 'typeorm';

import { CreatedAtColumn } from '../../infra/database/columns';

/** One "about to expire" announcement per order and deadline: the key's insert is won by one sweep. */
@Entity('order_expiry_alerts')
export class OrderExpiryAlert {
  /** `<order id>:<deadline epoch ms>`; a new deadline (taken back, escalated) may be announced again. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key: string;

  @CreatedAtColumn()
  createdAt: Date;
}
