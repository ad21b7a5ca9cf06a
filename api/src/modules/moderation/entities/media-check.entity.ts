import { Column, Entity } from 'typeorm';

import { CreatedAtColumn, RefColumn } from '../../../infra/database/columns';

/** A photo WeChat is checking (media_check_async): its verdict arrives later, by trace id, at the push endpoint. */
@Entity('media_checks')
export class MediaCheck {
  @Column({ name: 'trace_id', type: 'varchar', length: 64, primary: true })
  traceId: string;

  @RefColumn({ name: 'photo_id' })
  photoId: string;

  @CreatedAtColumn()
  createdAt: Date;
}
