import { Injectable } from '@nestjs/common';
import { ErrorCode, type EventDetail, type EventSummary, type EventView, type Page } from '@tongxin/types';

import { DomainException } from '../../../infra/http/domain.exception';
import { toPage } from '../../../infra/http/page-query.dto';
import { PlacesRepository } from '../../places/places.repository';
import type { ListEventsQueryDto } from '../dto/list-events-query.dto';
import type { CommunityEvent } from '../event.entity';
import { toEventDetail, toEventSummary, toEventView } from '../events.mapper';
import { EventSignupsRepository } from '../repositories/event-signups.repository';
import { EventsRepository } from '../repositories/events.repository';
import { EventSignupsService } from './event-signups.service';

/** Reading events: the public list and detail, and one event as a member or its organizer sees it. */
@Injectable()
export class EventsService {
  constructor(
    private readonly events: EventsRepository,
    private readonly places: PlacesRepository,
    private readonly signups: EventSignupsRepository,
    private readonly signupService: EventSignupsService,
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

  /** An event of any status with its waiting list's length and, for a signed-in caller, their live sign-up. */
  async view(userId: string | null, id: string): Promise<EventView> {
    const event = await this.require(id);
    const place = await this.places.findActiveById(event.placeId);
    const live = userId ? await this.signups.findLive(id, userId) : null;
    const waitingCount = await this.signups.countWaiting(id);
    const myRegistration = live ? await this.signupService.view(live.id) : null;
    return toEventView({ event, placeName: place?.name ?? '', waitingCount, myRegistration });
  }

  /** An event of any status, or EVENT_NOT_FOUND. */
  async require(id: string): Promise<CommunityEvent> {
    const event = await this.events.findById(id);
    if (!event) throw new DomainException(ErrorCode.EventNotFound, '活动不存在');
    return event;
  }
}
