import type { NotificationKind } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn } from '../../infra/database/columns';

/** An in-app notice (escalations, event changes); WeChat subscribe messages can be sent from the same rows. */
@Entity('notifications')
@Index('idx_notifications_user_created', ['userId', 'createdAt'])
@Index('idx_notifications_user_read', ['userId', 'readAt'])
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

  @CreatedAtColumn()
  createdAt: Date;
}
