import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  ErrorCode,
  type EventDetail,
  type EventSeriesRef,
  EventStatus,
  type EventSummary,
  type EventView,
  FlaggableKind,
  type Page,
} from '@tongxin/types';

import { DomainException } from '../../../infra/http/domain.exception';
import { toPage } from '../../../infra/http/page-query.dto';
import { AccessService } from '../../access/access.service';
import { Permission } from '../../access/permissions';
import { ModerationService } from '../../moderation/moderation.service';
import { ModerationRegistry } from '../../moderation/moderation-registry';
import type { Place } from '../../places/place.entity';
import { PlacesRepository } from '../../places/places.repository';
import type { ListEventsQueryDto } from '../dto/list-events-query.dto';
import type { CommunityEvent } from '../event.entity';
import { toEventDetail, toEventSeriesRef, toEventSummary, toEventView } from '../events.mapper';
import { EventSeriesRepository } from '../repositories/event-series.repository';
import { EventSignupsRepository } from '../repositories/event-signups.repository';
import { EventsRepository } from '../repositories/events.repository';
import { EventSignupsService } from './event-signups.service';

/** Reading events: the public list and detail, and one event as a member or its organizer sees it. */
@Injectable()
export class EventsService implements OnModuleInit {
  constructor(
    private readonly events: EventsRepository,
    private readonly places: PlacesRepository,
    private readonly signups: EventSignupsRepository,
    private readonly signupService: EventSignupsService,
    private readonly access: AccessService,
    private readonly moderation: ModerationService,
    private readonly registry: ModerationRegistry,
    private readonly series: EventSeriesRepository,
  ) {}

  /** Events are flagged by those who may read them, and moderated where they are held. */
  onModuleInit(): void {
    this.registry.register(FlaggableKind.Event, {
      find: async (eventId, viewer) => {
        let event: CommunityEvent;
        try {
          ({ event } = viewer
            ? await this.requireVisible(viewer.userId, eventId)
            : { event: await this.require(eventId) });
        } catch (error) {
          if (error instanceof DomainException && error.code === ErrorCode.EventNotFound) return null;
          throw error;
        }
        return { placeId: event.placeId, authorId: event.organizerId, excerpt: `${event.title}：${event.description}` };
      },
    });
  }

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

  /** The detail page: any status but a draft, which only those who may manage the event see (as in `view`). */
  async get(userId: string | null, id: string): Promise<EventDetail> {
    const { event, place } = await this.requireVisible(userId, id);
    return toEventDetail({ ...event, placeName: place?.name ?? '' });
  }

  /** An event with its waiting list's length and, for a signed-in caller, their live sign-up (drafts as in `get`). */
  async view(userId: string | null, id: string): Promise<EventView> {
    const { event, place } = await this.requireVisible(userId, id);
    const live = userId ? await this.signups.findLive(id, userId) : null;
    const waitingCount = await this.signups.countWaiting(id);
    const myRegistration = live ? await this.signupService.view(live.id) : null;
    const series = await this.seriesRef(event, userId);
    return toEventView({ event, placeName: place?.name ?? '', waitingCount, myRegistration, series });
  }

  /** Where a session sits in its series, with what 报名全部场次 would take and the caller already holds. */
  private async seriesRef(event: CommunityEvent, userId: string | null): Promise<EventSeriesRef | null> {
    if (!event.seriesId || event.seriesIndex === null) return null;
    const series = await this.series.findById(event.seriesId);
    if (!series) return null;
    const now = new Date();
    const [openSessions, mySessions] = await Promise.all([
      this.series.countOpenAhead(series.id, now),
      userId ? this.series.countLiveAhead(series.id, userId, now) : 0,
    ]);
    return toEventSeriesRef({ series, index: event.seriesIndex, openSessions, mySessions });
  }

  /**
   * An event the caller may read: published and cancelled ones for anyone, a draft only for those who may manage
   * it; anything else is EVENT_NOT_FOUND, as for an event that is not there.
   */
  private async requireVisible(
    userId: string | null,
    id: string,
  ): Promise<{ event: CommunityEvent; place: Place | null }> {
    const event = await this.events.findById(id);
    const place = event ? await this.places.findActiveById(event.placeId) : null;
    if (event) {
      // Drafts, and events moderation keeps from others (held, hidden, removed), only for their managers.
      const unseen = (await this.moderation.unseenStates(FlaggableKind.Event, [event.id])).has(event.id);
      if (event.status !== EventStatus.Draft && !unseen) return { event, place };
      const grants = userId ? await this.access.grantsOf(userId) : [];
      if (place && this.access.allows(grants, Permission.EventManage, place.path)) return { event, place };
    }
    throw new DomainException(ErrorCode.EventNotFound, '活动不存在或已下线');
  }

  /** An event of any status, or EVENT_NOT_FOUND. */
  async require(id: string): Promise<CommunityEvent> {
    const event = await this.events.findById(id);
    if (!event) throw new DomainException(ErrorCode.EventNotFound, '活动不存在');
    return event;
  }
}
