import { PhotoPurpose } from '@tongxin/types';
import { Column, Entity, Index } from 'typeorm';

import { CreatedAtColumn, IdColumn, RefColumn } from '../../infra/database/columns';

/** An uploaded photo, re-encoded without EXIF, with a thumbnail; attached to one record once used. */
@Entity('photos')
@Index('idx_photos_owner_created', ['ownerId', 'createdAt'])
@Index('idx_photos_attached', ['attachedTo'])
export class Photo {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'owner_id' })
  ownerId: string;

  @Column({ type: 'simple-enum', enum: PhotoPurpose })
  purpose: PhotoPurpose;

  /** The report or order history entry using it; null until attached. */
  @RefColumn({ name: 'attached_to', nullable: true })
  attachedTo: string | null;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey: string;

  @Column({ name: 'thumb_key', type: 'varchar', length: 200 })
  thumbKey: string;

  @Column({ type: 'varchar', length: 20 })
  mime: string;

  @Column({ type: 'int' })
  width: number;

  @Column({ type: 'int' })
  height: number;

  @Column({ type: 'int' })
  bytes: number;

  @CreatedAtColumn()
  createdAt: Date;
}
