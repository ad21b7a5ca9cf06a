import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn } from '../../infra/database/columns';

/** One SMS login code. Only a hash of the code is kept; a code is single-use and locks after too many guesses. */
@Entity('sms_codes')
@Index('idx_sms_codes_phone_created', ['phoneHash', 'createdAt'])
@Index('idx_sms_codes_ip_created', ['ipHash', 'createdAt'])
export class SmsCode {
  @IdColumn()
  id: string;

  @Column({ name: 'phone_hash', type: 'varchar', length: 64 })
  phoneHash: string;

  @Column({ name: 'ip_hash', type: 'varchar', length: 64 })
  ipHash: string;

  /** `<phone hash>:<cooldown window>`: a second code in the same window fails on this unique key. */
  @Index('uq_sms_codes_window', { unique: true })
  @Column({ name: 'window_key', type: 'varchar', length: 100 })
  windowKey: string;

  @Column({ name: 'code_hash', type: 'varchar', length: 64 })
  codeHash: string;

  @DateTimeColumn({ name: 'expires_at' })
  expiresAt: Date;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @DateTimeColumn({ name: 'consumed_at', nullable: true })
  consumedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
