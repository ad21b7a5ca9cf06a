import type { NotificationKind } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn } from '../../infra/database/columns';

export type PushState = 'pending' | 'sending' | 'sent' | 'skipped' | 'failed';

/** An in-app notice (escalations, event changes); WeChat subscribe messages can be sent from the same rows. */
@Entity('notifications')
@Index('idx_notifications_user_created', ['userId', 'createdAt'])
@Index('idx_notifications_user_read', ['userId', 'readAt'])
@Index('idx_notifications_push', ['pushState', 'id'])
export class Notification {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'user_id' })
  userId: string;

  @Column({ type: 'varchar', length: 32 })
  kind: NotificationKind;

  @Column({ type: 'varchar', length: 64 })
  title: string;

  @Column({ type: 'varchar', length: 300 })
  body: string;

  @RefColumn({ name: 'report_id', nullable: true })
  reportId: string | null;

  @RefColumn({ name: 'event_id', nullable: true })
  eventId: string | null;

  @DateTimeColumn({ name: 'read_at', nullable: true })
  readAt: Date | null;

  /**
   * The WeChat reminder of this notice: pending → sending → sent, skipped (no openid, not accepted) or failed;
   * null when its topic has no template.
   */
  @Column({ name: 'push_state', type: 'varchar', length: 16, nullable: true })
  pushState: PushState | null;

  @Column({ name: 'push_attempts', type: 'int', default: 0 })
  pushAttempts: number;

  /** When a sweep took it to send; a claim older than a few minutes (a crashed sender) is taken again. */
  @DateTimeColumn({ name: 'push_claimed_at', nullable: true })
  pushClaimedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
