import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, IdColumn, RefColumn, UpdatedAtColumn } from '../../infra/database/columns';

/** A member of the product. Login identities and roles attach to it (identity module). */
@Entity('users')
export class User {
  @IdColumn()
  id: string;

  @Column({ type: 'varchar', length: 32 })
  nickname: string;

  @Column({ name: 'avatar_url', type: 'varchar', length: 500, nullable: true })
  avatarUrl: string | null;

  /** The building the member lives in, once bound. */
  @Index('idx_users_home_place')
  @RefColumn({ name: 'home_place_id', nullable: true })
  homePlaceId: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
