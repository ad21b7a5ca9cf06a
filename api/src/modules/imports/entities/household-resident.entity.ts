import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../../infra/database/columns';

/**
 * A resident of a household, verified in advance by the staff who imported the 台账: the member who logs in with
 * this phone finds the home already verified. One record per phone; claimed once.
 */
@Entity('household_residents')
export class HouseholdResident {
  @IdColumn()
  id: string;

  @Index('idx_household_residents_household')
  @RefColumn({ name: 'household_id' })
  householdId: string;

  /** HMAC of the phone, as users.phone_hash: finds the member at login without decrypting. */
  @Index('uq_household_residents_phone', { unique: true })
  @Column({ name: 'phone_hash', type: 'varchar', length: 64 })
  phoneHash: string;

  /** AES-256-GCM ciphertext of the phone. */
  @Column({ name: 'phone_cipher', type: 'varchar', length: 200 })
  phoneCipher: string;

  /** AES-256-GCM ciphertext of the name as the 台账 has it. */
  @Column({ name: 'name_cipher', type: 'varchar', length: 200 })
  nameCipher: string;

  /** The import that last wrote this record (and vouches for it). */
  @RefColumn({ name: 'import_id' })
  importId: string;

  @RefColumn({ name: 'claimed_by', nullable: true })
  claimedBy: string | null;

  @DateTimeColumn({ name: 'claimed_at', nullable: true })
  claimedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
