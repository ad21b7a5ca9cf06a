import { Injectable } from '@nestjs/common';
import { ErrorCode, type EventDetail, type EventSummary, type Page } from '@tongxin/types';

import { DomainException } from '../../infra/http/domain.exception';
import { toPage } from '../../infra/http/page-query.dto';
import { PlacesRepository } from '../places/places.repository';
import type { ListEventsQueryDto } from './dto/list-events-query.dto';
import { toEventDetail, toEventSummary } from './events.mapper';
import { EventsRepository } from './events.repository';

@Injectable()
export class EventsService {
  constructor(
    private readonly events: EventsRepository,
    private readonly places: PlacesRepository,
  ) {}

  async list(query: ListEventsQueryDto): Promise<Page<EventSummary>> {
    let placePath: string | undefined;
    if (query.placeId) {
      const place = await this.places.findActiveById(query.placeId);
      if (!place) throw new DomainException(ErrorCode.PlaceNotFound, '地点不存在');
      placePath = place.path;
    }
    const { rows, total } = await this.events.findPublished({
      now: new Date(),
      upcoming: query.upcoming,
      placePath,
      type: query.type,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return toPage(rows.map(toEventSummary), total, query);
  }

  async get(id: string): Promise<EventDetail> {
    const row = await this.events.findPublishedById(id);
    if (!row) throw new DomainException(ErrorCode.EventNotFound, '活动不存在或已下线');
    return toEventDetail(row);
  }
}
