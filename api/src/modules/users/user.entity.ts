import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, DateTimeColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../infra/database/columns';

/** A member of the product. Phone numbers are stored encrypted with a keyed hash for lookup (PIPL). */
@Entity('users')
export class User {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 32 })
  nickname: string;

  @Column({ name: 'avatar_url', type: 'varchar', length: 500, nullable: true })
  avatarUrl: string | null;

  /** The building the member lives in, once a binding is verified. */
  @Index('idx_users_home_place')
  @RefColumn({ name: 'home_place_id', nullable: true })
  homePlaceId: string | null;

  /** AES-256-GCM ciphertext of the phone number. */
  @Column({ name: 'phone_cipher', type: 'varchar', length: 200, nullable: true })
  phoneCipher: string | null;

  /** HMAC-SHA256 of the phone number: finds the account without decrypting. */
  @Index('uq_users_phone_hash', { unique: true })
  @Column({ name: 'phone_hash', type: 'varchar', length: 64, nullable: true })
  phoneHash: string | null;

  @Index('uq_users_wechat_openid', { unique: true })
  @Column({ name: 'wechat_openid', type: 'varchar', length: 64, nullable: true })
  wechatOpenid: string | null;

  /** Moves on logout and deletion: access tokens carry the version they were issued under and die with it. */
  @Column({ name: 'session_version', type: 'int', default: 0 })
  sessionVersion: number;

  /** Set when the member deletes the account: personal fields are cleared, the row stays for references. */
  @DateTimeColumn({ name: 'deleted_at', nullable: true })
  deletedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
