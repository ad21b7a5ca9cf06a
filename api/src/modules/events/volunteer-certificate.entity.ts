import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn } from '../../infra/database/columns';

/** One line of a certificate, as it was when issued. */
export interface CertificateItem {
  eventId: string;
  eventTitle: string;
  date: string;
  venue: string;
  organizer: string;
  minutes: number;
}

/**
 * A 志愿服务记录证明 as issued: what it says is kept as it was (a later adjustment does not rewrite a paper already
 * handed out). The ID number is kept masked only; the full number is never stored.
 */
@Entity('volunteer_certificates')
@Index('idx_volunteer_certificates_community_issued', ['communityId', 'issuedAt'])
@Index('idx_volunteer_certificates_member_issued', ['memberId', 'issuedAt'])
export class VolunteerCertificate {
  @IdColumn()
  id: string;

  @Index('uq_volunteer_certificates_number', { unique: true })
  @Column({ name: 'record_number', type: 'varchar', length: 32 })
  recordNumber: string;

  @RefColumn({ name: 'member_id' })
  memberId: string;

  /** The issuing community: its staff may read and list it. */
  @RefColumn({ name: 'community_id' })
  communityId: string;

  @Column({ name: 'volunteer_name', type: 'varchar', length: 32 })
  volunteerName: string;

  @Column({ name: 'id_number_masked', type: 'varchar', length: 32, nullable: true })
  idNumberMasked: string | null;

  @Column({ name: 'issuing_organisation', type: 'varchar', length: 140 })
  issuingOrganisation: string;

  @Column({ type: 'simple-json' })
  items: CertificateItem[];

  @Column({ name: 'total_minutes', type: 'int' })
  totalMinutes: number;

  @Column({ name: 'period_from', type: 'varchar', length: 10, nullable: true })
  periodFrom: string | null;

  @Column({ name: 'period_to', type: 'varchar', length: 10, nullable: true })
  periodTo: string | null;

  @RefColumn({ name: 'issued_by' })
  issuedBy: string;

  @Column({ name: 'issued_by_name', type: 'varchar', length: 32 })
  issuedByName: string;

  @DateTimeColumn({ name: 'issued_at' })
  issuedAt: Date;

  @Column({ type: 'varchar', length: 32 })
  contact: string;

  @CreatedAtColumn()
  createdAt: Date;
}
