import { Injectable } from '@nestjs/common';
import { ErrorCode, FREE_WINDOW_MIN_MINUTES, type Page, type RiderRoute, type RouteGridChoice } from '@tongxin/types';
import type { EntityManager } from 'typeorm';

import { DomainException } from '../../infra/http/domain.exception';
import { type PageQueryDto, toPage } from '../../infra/http/page-query.dto';
import { AccessService, forbidden } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { PlacesRepository } from '../places/places.repository';
import type { UpdateRiderRouteDto } from './dto/rider-route.dto';
import { clockMinutes, toWeekdayMask, usableFrom } from './free-windows';
import { toRiderRoute, toRouteGridChoice } from './rider-routes.mapper';
import { RiderRoutesRepository } from './rider-routes.repository';

/** What the hall ranks by for one member: the places on their route and when their free time is usable. */
export interface RouteRanking {
  gridIds: string[];
  buildingIds: string[];
  /** Orders due at or after this fit the member's free time; null without free windows. */
  freeFrom: Date | null;
}

/**
 * 我的顺路: the grids or buildings a member passes (only where they may grab) and the times they are usually free.
 * The hall asks `ranking` to put orders on the way, and in free time, first.
 */
@Injectable()
export class RiderRoutesService {
  constructor(
    private readonly repository: RiderRoutesRepository,
    private readonly places: PlacesRepository,
    private readonly access: AccessService,
  ) {}

  async get(caller: Caller, now = new Date()): Promise<RiderRoute> {
    const grants = caller.grants ?? (await this.access.grantsOf(caller.userId));
    const places = (await this.repository.findPlaces(caller.userId)).filter((p) =>
      this.access.allows(grants, Permission.OrderGrab, p.path),
    );
    return toRiderRoute(places, await this.repository.findWindows(caller.userId), now);
  }

  /** Replaces the route: every place a grid or building where the caller may grab, every window a real span. */
  async update(caller: Caller, body: UpdateRiderRouteDto): Promise<RiderRoute> {
    const grants = caller.grants ?? (await this.access.grantsOf(caller.userId));
    const found = new Map((await this.places.findActiveByIds(body.placeIds)).map((p) => [p.id, p]));
    const places = body.placeIds.map((id) => {
      const place = found.get(id);
      if (!place) throw new DomainException(ErrorCode.PlaceNotFound, '地点不存在或已停用');
      if (place.level !== 'grid' && place.level !== 'building') {
        throw new DomainException(ErrorCode.ValidationFailed, '顺路只能选网格或楼栋', [
          { field: 'placeIds', problems: [`${place.name} 不是网格或楼栋`] },
        ]);
      }
      if (!this.access.allows(grants, Permission.OrderGrab, place.path)) throw forbidden();
      // `<street>/<community>/<grid>/[<building>/]`: the grid is the third id.
      return { placeId: place.id, gridId: place.path.split('/')[2] };
    });
    const windows = body.windows.map((w, i) => {
      if (w.start === w.end) {
        throw new DomainException(ErrorCode.ValidationFailed, '空闲时段的开始和结束时间不能相同', [
          { field: `windows.${i}.end`, problems: ['开始和结束时间相同'] },
        ]);
      }
      return {
        startMinute: clockMinutes(w.start),
        endMinute: clockMinutes(w.end),
        weekdays: toWeekdayMask(w.weekdays),
      };
    });
    await this.repository.replace(caller.userId, { places, windows });
    return this.get(caller);
  }

  /** The grids the caller may put on the route: where they may grab. */
  async grids(caller: Caller, query: PageQueryDto): Promise<Page<RouteGridChoice>> {
    const scope = this.access.gridScope(caller.grants ?? [], Permission.OrderGrab);
    const { rows, total } = await this.repository.findGridChoices(scope, {
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return toPage(rows.map(toRouteGridChoice), total, query);
  }

  /** Forgets the member's route and free times (account deletion), in the caller's transaction. */
  forget(userId: string, manager: EntityManager): Promise<void> {
    return this.repository.deleteForUser(userId, manager);
  }

  /** The member's route and free time as the hall ranks by them at `now`. */
  async ranking(userId: string, now: Date): Promise<RouteRanking> {
    // On every hall request: the two reads go out together.
    const [places, windows] = await Promise.all([
      this.repository.findPlaces(userId),
      this.repository.findWindows(userId),
    ]);
    return {
      gridIds: places.filter((p) => p.level === 'grid').map((p) => p.placeId),
      buildingIds: places.filter((p) => p.level === 'building').map((p) => p.placeId),
      freeFrom: usableFrom(windows, now, FREE_WINDOW_MIN_MINUTES),
    };
  }
}
