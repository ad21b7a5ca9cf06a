import { Injectable } from '@nestjs/common';
import { ErrorCode, type Page, type PlaceSummary } from '@tongxin/types';

import { DomainException } from '../../infra/http/domain.exception';
import { toPage } from '../../infra/http/page-query.dto';
import type { ListPlacesQueryDto } from './dto/list-places-query.dto';
import { toPlaceSummary } from './places.mapper';
import { PlacesRepository } from './places.repository';

@Injectable()
export class PlacesService {
  constructor(private readonly places: PlacesRepository) {}

  async listChildren(query: ListPlacesQueryDto): Promise<Page<PlaceSummary>> {
    if (query.parentId && !(await this.places.findActiveById(query.parentId))) {
      throw new DomainException(ErrorCode.PlaceNotFound, '地点不存在');
    }
    const { rows, total } = await this.places.findActiveChildren(
      query.parentId ?? null,
      query.level,
      (query.page - 1) * query.pageSize,
      query.pageSize,
    );
    return toPage(rows.map(toPlaceSummary), total, query);
  }
}
