import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { DateTimeColumn, RefColumn } from '../../infra/database/columns';

/**
 * Every scan a device sent, by its event and client nonce: a retry of the same nonce at the same event gets the
 * first answer back, a nonce at another event is that event's own scan (never the first event's answer), and an
 * offline duplicate (a ticket already checked in elsewhere) stays here flagged for review.
 */
@Entity('event_scans')
@Index('idx_scans_event_review', ['eventId', 'needsReview'])
export class Scan {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  nonce: string;

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
