import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PlaceLevel } from '@tongxin/types';
import { DataSource, type EntityManager } from 'typeorm';

import { insertUnlessPresent } from '../../infra/database/db-errors';
import { newId } from '../../infra/database/ids';
import { inTransaction } from '../../infra/database/transaction';
import { whereWithin } from '../access/access.repository';
import { Place } from '../places/place.entity';
import { FreeWindowRow } from './free-window.entity';
import type { FreeWindowRule } from './free-windows';
import { RiderRouteRow } from './rider-route.entity';
import { RoutePlace } from './route-place.entity';

/** A place on a member's route with the names and path the view and the access check need. */
export interface RoutePlaceRow {
  placeId: string;
  name: string;
  level: PlaceLevel;
  path: string;
  gridId: string;
  gridName: string;
}

/** A grid one may put on the route, with its community's name. */
export interface GridChoiceRow {
  id: string;
  name: string;
  communityName: string;
}

/** Where the caller may grab: the grids themselves, or the places whose grids they may grab in. */
export type GrabScope = { gridIds: string[] } | { scopes: string[] };

@Injectable()
export class RiderRoutesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The member's route places that are still active, by grid (the grid before its buildings), then name. */
  async findPlaces(userId: string): Promise<RoutePlaceRow[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(RoutePlace, 'rp')
      .innerJoin(Place, 'p', 'p.id = rp.place_id AND p.retired_at IS NULL')
      .innerJoin(Place, 'g', 'g.id = rp.grid_id AND g.retired_at IS NULL')
      .select([
        'rp.place_id AS placeId',
        'p.name AS name',
        'p.level AS level',
        'p.path AS path',
        'rp.grid_id AS gridId',
        'g.name AS gridName',
      ])
      .where('rp.user_id = :userId', { userId })
      .orderBy('g.name', 'ASC')
      .addOrderBy('g.id', 'ASC')
      .addOrderBy('p.level', 'DESC')
      .addOrderBy('p.name', 'ASC')
      .getRawMany<RoutePlaceRow>();
    return rows;
  }

  findWindows(userId: string): Promise<FreeWindowRule[]> {
    return this.dataSource.manager.find(FreeWindowRow, {
      select: { startMinute: true, endMinute: true, weekdays: true },
      where: { userId },
      order: { startMinute: 'ASC', id: 'ASC' },
    });
  }

  /**
   * Replaces the member's route in one transaction. The route row is locked first (a conditional touch), so two saves
   * at once run one after the other and the last one is the route.
   */
  async replace(
    userId: string,
    route: { places: { placeId: string; gridId: string }[]; windows: FreeWindowRule[] },
  ): Promise<void> {
    await insertUnlessPresent(this.dataSource.manager, RiderRouteRow, { userId } as RiderRouteRow);
    await inTransaction(this.dataSource, async (manager) => {
      await manager.update(RiderRouteRow, { userId }, { updatedAt: new Date() });
      await manager.delete(RoutePlace, { userId });
      await manager.delete(FreeWindowRow, { userId });
      if (route.places.length > 0) {
        await manager.insert(
          RoutePlace,
          route.places.map((p) => ({ userId, placeId: p.placeId, gridId: p.gridId })),
        );
      }
      if (route.windows.length > 0) {
        await manager.insert(
          FreeWindowRow,
          route.windows.map((w) => ({ id: newId(), userId, ...w })),
        );
      }
    });
  }

  /** Removes the member's route (account deletion), in the caller's transaction. */
  async deleteForUser(userId: string, manager: EntityManager): Promise<void> {
    await manager.delete(RoutePlace, { userId });
    await manager.delete(FreeWindowRow, { userId });
    await manager.delete(RiderRouteRow, { userId });
  }

  /** Active grids inside the caller's grab scope, by community then name, one page. */
  async findGridChoices(
    scope: GrabScope,
    page: { offset: number; limit: number },
  ): Promise<{ rows: GridChoiceRow[]; total: number }> {
    const query = this.dataSource.manager
      .createQueryBuilder(Place, 'g')
      .leftJoin(Place, 'c', 'c.id = g.parent_id')
      .where('g.level = :grid AND g.retired_at IS NULL', { grid: PlaceLevel.Grid });
    if ('gridIds' in scope) {
      if (scope.gridIds.length === 0) query.andWhere('1 = 0');
      else query.andWhere('g.id IN (:...gridIds)', { gridIds: scope.gridIds });
    } else {
      whereWithin(query, 'g.path', scope.scopes);
    }
    const total = await query.clone().getCount();
    const rows = await query
      .select(['g.id AS id', 'g.name AS name', 'c.name AS communityName'])
      .orderBy('c.name', 'ASC')
      .addOrderBy('g.name', 'ASC')
      .addOrderBy('g.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit)
      .getRawMany<GridChoiceRow>();
    return { rows, total };
  }
}
