import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn } from '../../infra/database/columns';

/** An in-app notice (escalations, order changes); WeChat subscribe messages can be sent from the same rows. */
@Entity('notifications')
@Index('idx_notifications_user_created', ['userId', 'createdAt'])
export class Notification {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'user_id' })
  userId: string;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ type: 'varchar', length: 64 })
  title: string;

  @Column({ type: 'varchar', length: 300 })
  body: string;

  @RefColumn({ name: 'report_id', nullable: true })
  reportId: string | null;

  @DateTimeColumn({ name: 'read_at', nullable: true })
  readAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
