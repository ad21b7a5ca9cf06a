import { Column, Entity, PrimaryColumn } from 'typeorm';

import { DateTimeColumn, UpdatedAtColumn } from '../../infra/database/columns';

/**
 * A grid member's 接单提醒: the switch, quiet hours (minutes after midnight, China time) and when the last WeChat
 * reminder went out. The batching window is claimed by a conditional UPDATE on `last_pushed_at`, so replicas agree.
 * No row: the defaults (on, no quiet hours, never pushed).
 */
@Entity('order_alert_members')
export class OrderAlertMember {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Column({ name: 'quiet_start', type: 'smallint', nullable: true })
  quietStart: number | null;

  @Column({ name: 'quiet_end', type: 'smallint', nullable: true })
  quietEnd: number | null;

  @DateTimeColumn({ name: 'last_pushed_at', nullable: true })
  lastPushedAt: Date | null;

  @UpdatedAtColumn()
  updatedAt: Date;
}
