import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn } from '../../infra/database/columns';

/** A mediation session: scheduled (time, venue; the parties told), then held (who came, notes). */
@Entity('mediation_sessions')
@Index('idx_mediation_sessions_case', ['caseId', 'scheduledAt'])
export class MediationSession {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'case_id' })
  caseId: string;

  @DateTimeColumn({ name: 'scheduled_at' })
  scheduledAt: Date;

  @Column({ type: 'varchar', length: 100 })
  venue: string;

  @Column({ type: 'varchar', length: 12 })
  status: 'scheduled' | 'held';

  @Column({ type: 'simple-json', nullable: true })
  attendees: string[] | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  notes: string | null;

  @DateTimeColumn({ name: 'held_at', nullable: true })
  heldAt: Date | null;

  @RefColumn({ name: 'created_by' })
  createdBy: string;

  @CreatedAtColumn()
  createdAt: Date;
}
