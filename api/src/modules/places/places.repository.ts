import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type GeoJsonPolygon, PlaceLevel } from '@tongxin/types';
import { DataSource, type EntityManager, In, IsNull, Not } from 'typeorm';

import { inTransaction } from '../../infra/database/transaction';
import type { BoundingBox } from './boundary';
import { Place } from './place.entity';

@Injectable()
export class PlacesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs `work` in one transaction. On MySQL/MariaDB concurrent writers are settled by the row locks taken
   * with `lockActive`; on SQLite transactions run one at a time (infra/database/sqlite-serializer).
   */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  findActiveById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Place | null> {
    return manager.findOne(Place, { where: { id, retiredAt: IsNull() } });
  }

  findActiveByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Place[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.find(Place, { where: { id: In(ids), retiredAt: IsNull() } });
  }

  /**
   * The active place, its row locked until the transaction ends (`SELECT … FOR UPDATE`; SQLite needs no lock).
   * Take it first in a transaction: on InnoDB a plain read before it would pin an older snapshot.
   */
  lockActive(id: string, manager: EntityManager): Promise<Place | null> {
    const query = manager.createQueryBuilder(Place, 'p').where('p.id = :id AND p.retired_at IS NULL', { id });
    if (!this.isSqlite) query.setLock('pessimistic_write');
    return query.getOne();
  }

  /** Active children of a place (or the top-level streets when parentId is null), by name. */
  async findActiveChildren(
    { parentId, level, offset, limit }: { parentId: string | null; level?: PlaceLevel; offset: number; limit: number },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ rows: Place[]; total: number }> {
    const [rows, total] = await manager.findAndCount(Place, {
      where: { parentId: parentId ?? IsNull(), retiredAt: IsNull(), ...(level ? { level } : {}) },
      order: { name: 'ASC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { rows, total };
  }

  /** Whether an active child of `parentId` other than `exceptId` is called `name`. Hold the parent's lock. */
  async hasActiveChildNamed(
    { parentId, name, exceptId }: { parentId: string; name: string; exceptId: string | null },
    manager: EntityManager,
  ): Promise<boolean> {
    const count = await manager.count(Place, {
      where: { parentId, name, retiredAt: IsNull(), ...(exceptId ? { id: Not(exceptId) } : {}) },
    });
    return count > 0;
  }

  countActiveChildren(parentId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.count(Place, { where: { parentId, retiredAt: IsNull() } });
  }

  async insert(place: Place, manager: EntityManager): Promise<void> {
    await manager.insert(Place, place);
  }

  async rename(id: string, name: string, manager: EntityManager): Promise<void> {
    await manager.update(Place, { id }, { name });
  }

  /**
   * Re-parents a place and rewrites the `path` of it and everything below it in one statement:
   * every path starting with `fromPath` gets `toPath` instead of that prefix.
   */
  async moveSubtree(
    { id, newParentId, fromPath, toPath }: { id: string; newParentId: string; fromPath: string; toPath: string },
    manager: EntityManager,
  ): Promise<number> {
    const rest = this.isSqlite ? 'SUBSTR(path, :start)' : 'SUBSTRING(path, :start)';
    const newPath = this.isSqlite ? `:toPath || ${rest}` : `CONCAT(:toPath, ${rest})`;
    const result = await manager
      .createQueryBuilder()
      .update(Place)
      .set({ path: () => newPath })
      .where('path LIKE :prefix', { prefix: `${fromPath}%` })
      .setParameters({ toPath, start: fromPath.length + 1 })
      .execute();
    await manager.update(Place, { id }, { parentId: newParentId });
    return result.affected ?? 0;
  }

  /** Retires the place if still active; true for the call that did. */
  async retire(id: string, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Place)
      .set({ retiredAt: new Date() })
      .where('id = :id AND retired_at IS NULL', { id })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async setBoundary(
    { id, boundary, box }: { id: string; boundary: GeoJsonPolygon | null; box: BoundingBox | null },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.update(
      Place,
      { id },
      {
        boundary,
        minLng: box?.minLng ?? null,
        minLat: box?.minLat ?? null,
        maxLng: box?.maxLng ?? null,
        maxLat: box?.maxLat ?? null,
      },
    );
  }

  /** Active grids whose bounding box holds the point: the indexed first filter (level, min_lng, max_lng). */
  findGridsWithBoxAround(lng: number, lat: number, manager: EntityManager = this.dataSource.manager): Promise<Place[]> {
    return manager
      .createQueryBuilder(Place, 'p')
      .where('p.level = :level', { level: PlaceLevel.Grid })
      .andWhere('p.min_lng <= :lng AND p.max_lng >= :lng', { lng })
      .andWhere('p.min_lat <= :lat AND p.max_lat >= :lat', { lat })
      .andWhere('p.retired_at IS NULL')
      .orderBy('p.id', 'ASC')
      .getMany();
  }

  private get isSqlite(): boolean {
    return this.dataSource.options.type === 'better-sqlite3';
  }
}
