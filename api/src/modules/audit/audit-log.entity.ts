import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, IdColumn, RefColumn } from '../../infra/database/columns';

/** Staff actions on people: role grants, binding reviews, rider reviews, viewing unmasked data. Append-only. */
@Entity('audit_logs')
@Index('idx_audit_place_created', ['placeId', 'createdAt'])
export class AuditLog {
  @IdColumn()
  id: string;

  @Index('idx_audit_actor')
  @RefColumn({ name: 'actor_id' })
  actorId: string;

  @Column({ type: 'varchar', length: 48 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 32 })
  targetType: string;

  @RefColumn({ name: 'target_id' })
  targetId: string;

  /** The place the target belongs to: who may read this entry. */
  @RefColumn({ name: 'place_id' })
  placeId: string;

  @Column({ type: 'simple-json', nullable: true })
  details: Record<string, unknown> | null;

  @CreatedAtColumn()
  createdAt: Date;
}
