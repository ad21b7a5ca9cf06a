import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PhotoPurpose } from '@tongxin/types';
import { DataSource, type EntityManager, In } from 'typeorm';

import { inTransaction } from '../../infra/database/transaction';
import { Photo } from './photo.entity';

@Injectable()
export class PhotosRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs `work` in one transaction. On MySQL/MariaDB concurrent uploads by one owner are settled by the locks
   * `lockRecentByOwner` takes (a deadlock is retried); on SQLite transactions run one at a time.
   */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  countByOwnerSince(ownerId: string, since: Date, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager
      .createQueryBuilder(Photo, 'p')
      .where('p.owner_id = :ownerId AND p.created_at > :since', { ownerId, since })
      .getCount();
  }

  /**
   * How many photos the owner uploaded since `since`, with those rows and the gap after them locked until the
   * transaction ends (`SELECT … FOR UPDATE` on the owner/created index), so a concurrent upload waits and counts
   * this one. SQLite needs no lock.
   */
  async lockRecentByOwner(ownerId: string, since: Date, manager: EntityManager): Promise<number> {
    const query = manager
      .createQueryBuilder(Photo, 'p')
      .select('p.id', 'id')
      .where('p.owner_id = :ownerId AND p.created_at > :since', { ownerId, since });
    if (manager.connection.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
    return (await query.getRawMany<{ id: string }>()).length;
  }

  async insert(photo: Photo, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(Photo, photo);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Photo | null> {
    return manager.findOne(Photo, { where: { id } });
  }

  findByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Photo[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.find(Photo, { where: { id: In(ids) } });
  }

  findAttachedTo(attachedTo: string, manager: EntityManager = this.dataSource.manager): Promise<Photo[]> {
    return manager.find(Photo, { where: { attachedTo }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * Attaches those of `ids` that belong to `ownerId`, have `purpose`, were uploaded after `uploadedAfter` and are
   * not attached yet, in one conditional UPDATE; returns how many it attached.
   */
  async attachUnattached(
    ids: string[],
    fields: { ownerId: string; purpose: PhotoPurpose; attachedTo: string; uploadedAfter: Date },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(Photo)
      .set({ attachedTo: fields.attachedTo })
      .where('id IN (:...ids)', { ids })
      .andWhere('owner_id = :ownerId AND purpose = :purpose AND attached_to IS NULL AND created_at > :after', {
        ownerId: fields.ownerId,
        purpose: fields.purpose,
        after: fields.uploadedAfter,
      })
      .execute();
    return result.affected ?? 0;
  }

  /** Unattached photos uploaded before `before`, oldest first. */
  findUnattachedBefore(
    before: Date,
    limit: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Photo[]> {
    return manager
      .createQueryBuilder(Photo, 'p')
      .where('p.attached_to IS NULL AND p.created_at < :before', { before })
      .orderBy('p.created_at', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Deletes the row if it is still unattached and older than `before`; true for the one caller that did. */
  async deleteIfUnattached(
    id: string,
    before: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(Photo)
      .where('id = :id AND attached_to IS NULL AND created_at < :before', { id, before })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
