import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { DateTimeColumn, RefColumn } from '../../infra/database/columns';

/**
 * Every scan a device sent, by its client nonce: a retry of the same nonce gets the first answer back, and an
 * offline duplicate (a ticket already checked in elsewhere) stays here flagged for review.
 */
@Entity('event_scans')
@Index('idx_scans_event_review', ['eventId', 'needsReview'])
export class Scan {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  nonce: string;

  @RefColumn({ name: 'event_id' })
  eventId: string;

  @RefColumn({ name: 'registration_id', nullable: true })
  registrationId: string | null;

  @RefColumn({ name: 'scanner_id' })
  scannerId: string;

  @Column({ type: 'varchar', length: 24 })
  outcome: string;

  @RefColumn({ name: 'checkin_id', nullable: true })
  checkinId: string | null;

  @Column({ name: 'needs_review', type: 'boolean', default: false })
  needsReview: boolean;

  @DateTimeColumn({ name: 'scanned_at' })
  scannedAt: Date;
}
