import { Column, Entity, Index } from 'typeorm';

import { DateTimeColumn, IdColumn, RefColumn } from '../../infra/database/columns';

/**
 * A ticket checked in at the door: at most one live check-in per registration, however many scanners. At a volunteer
 * event the same row takes the 签退.
 */
@Entity('event_checkins')
@Index('idx_checkins_event_scanned', ['eventId', 'scannedAt'])
export class Checkin {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'event_id' })
  eventId: string;

  @Index('idx_checkins_registration')
  @RefColumn({ name: 'registration_id' })
  registrationId: string;

  /** The registration id while the check-in stands; NULL once undone. */
  @Index('uq_checkins_live', { unique: true })
  @Column({ name: 'live_key', type: 'varchar', length: 36, nullable: true })
  liveKey: string | null;

  @RefColumn({ name: 'scanner_id' })
  scannerId: string;

  @Column({ type: 'varchar', length: 8 })
  method: 'online' | 'offline' | 'manual';

  /** When the door saw it (the scanner's clock for offline uploads). */
  @DateTimeColumn({ name: 'scanned_at' })
  scannedAt: Date;

  @DateTimeColumn({ name: 'recorded_at' })
  recordedAt: Date;

  @DateTimeColumn({ name: 'undone_at', nullable: true })
  undoneAt: Date | null;

  /** 签退 at a volunteer event: when the door saw it (the scanner's clock offline); set once, by a conditional UPDATE. */
  @DateTimeColumn({ name: 'checked_out_at', nullable: true })
  checkedOutAt: Date | null;

  @RefColumn({ name: 'checkout_scanner_id', nullable: true })
  checkoutScannerId: string | null;

  @Column({ name: 'checkout_method', type: 'varchar', length: 8, nullable: true })
  checkoutMethod: 'online' | 'offline' | 'manual' | null;
}
