import { Injectable } from '@nestjs/common';
import type { LocatedGrid, Page, PlaceDetail, PlaceSummary } from '@tongxin/types';

import { toPage } from '../../infra/http/page-query.dto';
import { boundaryContains } from './boundary';
import type { ListPlacesQueryDto } from './dto/list-places-query.dto';
import type { LocateQueryDto } from './dto/place-requests.dto';
import type { Place } from './place.entity';
import { placeNotFound } from './place-errors';
import { ancestorIds, toLocatedGrid, toPlaceDetail, toPlaceSummary } from './places.mapper';
import { PlacesRepository } from './places.repository';

/** Public lookups: children of a place, one place, the grid at a point. Retired places are not found. */
@Injectable()
export class PlacesService {
  constructor(private readonly places: PlacesRepository) {}

  async listChildren(query: ListPlacesQueryDto): Promise<Page<PlaceSummary>> {
    if (query.parentId && !(await this.places.findActiveById(query.parentId))) throw placeNotFound();
    const { rows, total } = await this.places.findActiveChildren({
      parentId: query.parentId ?? null,
      level: query.level,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return toPage(rows.map(toPlaceSummary), total, query);
  }

  async get(id: string): Promise<PlaceDetail> {
    const place = await this.places.findActiveById(id);
    if (!place) throw placeNotFound();
    return this.detail(place);
  }

  /** The grid whose boundary holds the point: bounding boxes in SQL first, then the exact polygon test. */
  async locate(query: LocateQueryDto): Promise<LocatedGrid> {
    const candidates = await this.places.findGridsWithBoxAround(query.lng, query.lat);
    // Grids should not overlap; where they do, the order by id keeps the answer stable.
    const grid = candidates.find((g) => g.boundary && boundaryContains(g.boundary, query.lng, query.lat));
    const community = grid?.parentId ? await this.places.findActiveById(grid.parentId) : null;
    if (!grid || !community) throw placeNotFound();
    return toLocatedGrid(grid, community);
  }

  async detail(place: Place): Promise<PlaceDetail> {
    return toPlaceDetail(place, await this.places.findActiveByIds(ancestorIds(place.path)));
  }
}
