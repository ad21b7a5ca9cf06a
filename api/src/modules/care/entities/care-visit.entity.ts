import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn } from '../../../infra/database/columns';

/** An 入户走访: who came, when, what they found (sealed), photos attach to its id, a coarse location. */
@Entity('care_visits')
@Index('idx_care_visits_record', ['recordId', 'visitedAt'])
export class CareVisit {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'record_id' })
  recordId: string;

  @RefColumn({ name: 'visitor_id' })
  visitorId: string;

  @DateTimeColumn({ name: 'visited_at' })
  visitedAt: Date;

  @Column({ name: 'findings_cipher', type: 'text' })
  findingsCipher: string;

  /** Rounded to three decimals (about 100 m). */
  @Column({ type: 'double', nullable: true })
  lng: number | null;

  @Column({ type: 'double', nullable: true })
  lat: number | null;

  @Column({ name: 'follow_up_report_id', type: 'varchar', length: 36, nullable: true })
  followUpReportId: string | null;

  @CreatedAtColumn()
  createdAt: Date;
}
