import { OrderStatus } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { DateTimeColumn, IdColumn, RefColumn } from '../../../infra/database/columns';

/** One step of an order: who, when, what, a note; photos attach to the entry's id. */
@Entity('order_history')
@Index('idx_order_history_order_created', ['orderId', 'createdAt'])
@Index('idx_order_history_created', ['createdAt'])
export class OrderHistory {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'order_id' })
  orderId: string;

  @Column({ type: 'varchar', length: 24 })
  action: string;

  @Column({ name: 'from_status', type: 'simple-enum', enum: OrderStatus, nullable: true })
  fromStatus: OrderStatus | null;

  @Column({ name: 'to_status', type: 'simple-enum', enum: OrderStatus })
  toStatus: OrderStatus;

  @RefColumn({ name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  note: string | null;

  /**
   * For a step out of a timed state (open, claimed, in progress): whether it came after the deadline in force then.
   * Null for other steps (and for steps recorded before this was kept). The dashboards' 及时率 count it.
   */
  @Column({ type: 'boolean', nullable: true })
  late: boolean | null;

  /** Set by the API with milliseconds (SQLite's default timestamp has whole seconds), so the timeline keeps its order. */
  @DateTimeColumn({ name: 'created_at' })
  createdAt: Date;
}
