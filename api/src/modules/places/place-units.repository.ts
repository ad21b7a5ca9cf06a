import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PlaceUnitKind } from '@tongxin/types';
import { DataSource, type EntityManager, IsNull } from 'typeorm';

import { Place } from './place.entity';
import { PlaceUnit } from './place-unit.entity';

export interface PlaceUnitRow {
  unit: PlaceUnit;
  placeName: string;
}

@Injectable()
export class PlaceUnitsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Active units on the place with `placePath` and on every active place below it (and, with `withAncestors`,
   * on the places above it), by name.
   */
  async findActiveWithin({
    placePath,
    kind,
    offset,
    limit,
    withAncestors = false,
  }: {
    placePath: string;
    kind?: PlaceUnitKind;
    offset: number;
    limit: number;
    withAncestors?: boolean;
  }): Promise<{ rows: PlaceUnitRow[]; total: number }> {
    const ancestors = placePath.split('/').filter(Boolean).slice(0, -1);
    const query = this.dataSource.manager
      .createQueryBuilder(PlaceUnit, 'u')
      .innerJoin(Place, 'p', 'p.id = u.place_id AND p.retired_at IS NULL')
      .where('u.retired_at IS NULL');
    if (withAncestors && ancestors.length > 0) {
      query.andWhere('(p.path LIKE :path OR p.id IN (:...ancestors))', { path: `${placePath}%`, ancestors });
    } else {
      query.andWhere('p.path LIKE :path', { path: `${placePath}%` });
    }
    if (kind) query.andWhere('u.kind = :kind', { kind });
    const total = await query.clone().getCount();
    const { entities, raw } = await query
      .addSelect('p.name', 'placeName')
      .orderBy('u.name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .offset(offset)
      .limit(limit)
      .getRawAndEntities<{ placeName: string }>();
    return { rows: entities.map((unit, i): PlaceUnitRow => ({ unit, placeName: raw[i].placeName })), total };
  }

  findActiveById(id: string, manager: EntityManager = this.dataSource.manager): Promise<PlaceUnit | null> {
    return manager.findOne(PlaceUnit, { where: { id, retiredAt: IsNull() } });
  }

  countActiveOn(placeId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.count(PlaceUnit, { where: { placeId, retiredAt: IsNull() } });
  }

  async insert(unit: PlaceUnit, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(PlaceUnit, unit);
  }

  /** Updates an active unit; false when it is gone or retired. */
  async updateActive(
    id: string,
    fields: Partial<Omit<PlaceUnit, 'id' | 'placeId' | 'kind' | 'retiredAt' | 'createdAt' | 'updatedAt'>>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(PlaceUnit)
      .set(fields)
      .where('id = :id AND retired_at IS NULL', { id })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Retires the unit if still active; true for the call that did. */
  async retire(id: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(PlaceUnit)
      .set({ retiredAt: new Date() })
      .where('id = :id AND retired_at IS NULL', { id })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
