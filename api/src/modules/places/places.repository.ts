import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PlaceLevel } from '@tongxin/types';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';

import { Place } from './place.entity';

@Injectable()
export class PlacesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findActiveById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Place | null> {
    return manager.findOne(Place, { where: { id, retiredAt: IsNull() } });
  }

  findActiveByIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<Place[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return manager.find(Place, { where: { id: In(ids), retiredAt: IsNull() } });
  }

  /** Active children of a place (or the top-level streets when parentId is null), by name. */
  async findActiveChildren(
    parentId: string | null,
    level: PlaceLevel | undefined,
    offset: number,
    limit: number,
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
}
