import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A handler's orders per month (China time), kept as they happen so 我的本月 reads one row: the first finish of
 * an order counts once (a finish after 未解决 does not count again), on time when it beat the order's deadline;
 * ratings are added when the reporter confirms.
 */
@Entity('handler_months')
export class HandlerMonth {
  @PrimaryColumn({ name: 'handler_id', type: 'varchar', length: 36 })
  handlerId: string;

  /** `M2026-12`, as the points tallies key months. */
  @PrimaryColumn({ name: 'period_key', type: 'varchar', length: 12 })
  periodKey: string;

  @Column({ type: 'int', default: 0 })
  finished: number;

  @Column({ name: 'on_time', type: 'int', default: 0 })
  onTime: number;

  @Column({ name: 'rating_sum', type: 'int', default: 0 })
  ratingSum: number;

  @Column({ name: 'rating_count', type: 'int', default: 0 })
  ratingCount: number;
}
