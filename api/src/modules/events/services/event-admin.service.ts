import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  type EventRatingsSummary,
  EventStatus,
  type EventView,
  type ManagedEventSummary,
  NotificationKind,
  type Page,
} from '@tongxin/types';

import { isUniqueViolation } from '../../infra/database/db-errors';
import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { toPage } from '../../infra/http/page-query.dto';
import { chinaMinute } from '../../infra/time/china-time';
import { AccessService, forbidden } from '../access/access.service';
import type { Caller } from '../access/authorize.decorator';
import { Permission } from '../access/permissions';
import { NotificationsService } from '../notifications/notifications.service';
import { PlacesRepository } from '../places/places.repository';
import { CheckinsRepository } from './checkins.repository';
import type { CreateEventDto, RateEventDto, UpdateEventDto } from './dto/event-manage.dto';
import type { ListManagedEventsQueryDto } from './dto/list-events-query.dto';
import { CommunityEvent } from './event.entity';
import { EventRating } from './event-rating.entity';
import { EventSignupsRepository } from './event-signups.repository';
import { EventSignupsService } from './event-signups.service';
import { toEventDetail, toEventSummary } from './events.mapper';
import { EventsRepository } from './events.repository';

/** Organizers create, edit, publish and cancel events on places where they hold the role; attendees rate them. */
@Injectable()
export class EventAdminService {
  constructor(
    private readonly events: EventsRepository,
    private readonly signups: EventSignupsRepository,
    private readonly signupService: EventSignupsService,
    private readonly checkins: CheckinsRepository,
    private readonly places: PlacesRepository,
    private readonly notifications: NotificationsService,
    private readonly access: AccessService,
  ) {}

  /** The organizer's list: every event of the places they manage, drafts and cancelled ones too. */
  async managed(caller: Caller, query: ListManagedEventsQueryDto): Promise<Page<ManagedEventSummary>> {
    const grants = caller.grants ?? [];
    let placePath: string | undefined;
    if (query.placeId) {
      const place = await this.places.findActiveById(query.placeId);
      if (!place) throw new DomainException(ErrorCode.PlaceNotFound, '地点不存在');
      if (!this.access.allows(grants, Permission.EventManage, place.path)) throw forbidden();
      placePath = place.path;
    }
    const { rows, total } = await this.events.findManaged({
      scopes: this.access.scopes(grants, Permission.EventManage),
      placePath,
      status: query.status,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return toPage(
      rows.map((row) => ({ ...toEventSummary(row), status: row.status, confirmedCount: row.confirmedCount })),
      total,
      query,
    );
  }

  async create(caller: Caller, body: CreateEventDto): Promise<EventView> {
    const place = await this.places.findActiveById(body.placeId);
    if (!place) throw new DomainException(ErrorCode.PlaceNotFound, '地点不存在');
    const startsAt = new Date(body.startsAt);
    const endsAt = new Date(body.endsAt);
    if (endsAt <= startsAt) throw badTimes();
    const event = Object.assign(new CommunityEvent(), {
      id: newId(),
      placeId: place.id,
      title: body.title,
      type: body.type,
      description: body.description,
      venue: body.venue,
      startsAt,
      endsAt,
      capacity: body.capacity,
      pointsReward: body.pointsReward,
      status: EventStatus.Draft,
      coverUrl: body.coverUrl ?? null,
      signupOpensAt: body.signupOpensAt ? new Date(body.signupOpensAt) : null,
      signupClosesAt: body.signupClosesAt ? new Date(body.signupClosesAt) : null,
      needsApproval: body.needsApproval ?? false,
      cancelDeadlineHours: body.cancelDeadlineHours ?? 2,
      confirmedCount: 0,
      waitingSeq: 0,
      organizerId: caller.userId,
    });
    await this.events.insert(event);
    return this.view(caller.userId, event.id);
  }

  /** Edits; a changed time or venue is announced to everyone signed up. */
  async update(caller: Caller, id: string, body: UpdateEventDto): Promise<EventView> {
    const event = await this.require(id);
    const next = {
      ...body,
      startsAt: body.startsAt ? new Date(body.startsAt) : undefined,
      endsAt: body.endsAt ? new Date(body.endsAt) : undefined,
    };
    if ((next.endsAt ?? event.endsAt) <= (next.startsAt ?? event.startsAt)) throw badTimes();
    if (body.capacity !== undefined && body.capacity < event.confirmedCount) {
      throw new DomainException(ErrorCode.Conflict, `已有 ${event.confirmedCount} 人报名，名额不能少于此数`);
    }
    const fields = Object.fromEntries(
      Object.entries(next).filter(([, v]) => v !== undefined),
    ) as Partial<CommunityEvent>;
    await this.events.update(id, fields);
    const changes = [
      next.startsAt && next.startsAt.getTime() !== event.startsAt.getTime()
        ? `时间改为 ${chinaMinute(next.startsAt)}`
        : null,
      body.venue !== undefined && body.venue !== event.venue ? `地点改为 ${body.venue}` : null,
    ].filter((change): change is string => change !== null);
    if (changes.length > 0) {
      const roster = await this.signups.findRoster(id);
      await this.notifications.notifyUsers(
        roster.filter((r) => r.status === 'confirmed' || r.status === 'waiting').map((r) => String(r.memberId)),
        {
          kind: NotificationKind.EventChanged,
          title: '活动信息变更',
          body: `「${event.title}」${changes.join('，')}，请留意。`,
          eventId: id,
        },
      );
    }
    if (body.capacity !== undefined && body.capacity > event.capacity) {
      await this.signups.transaction((manager) => this.signupService.promote(id, manager));
    }
    return this.view(caller.userId, id);
  }

  async publish(caller: Caller, id: string): Promise<EventView> {
    await this.require(id);
    if (!(await this.events.transition(id, EventStatus.Draft, EventStatus.Published)))
      throw new DomainException(ErrorCode.Conflict, '只能发布草稿');
    return this.view(caller.userId, id);
  }

  /** Cancels the event: every sign-up ends, so every ticket is revoked, and attendees are told. */
  async cancel(caller: Caller, id: string): Promise<EventView> {
    const event = await this.require(id);
    if (
      !(await this.events.transition(id, event.status, EventStatus.Cancelled)) ||
      event.status === EventStatus.Cancelled
    ) {
      throw new DomainException(ErrorCode.Conflict, '活动已取消');
    }
    const roster = await this.signups.findRoster(id);
    const live = roster.filter((r) => ['confirmed', 'waiting', 'pending_approval'].includes(String(r.status)));
    await this.signups.transaction(async (manager) => {
      for (const r of live) {
        await this.signups.transition(
          String(r.registrationId),
          ['confirmed', 'waiting', 'pending_approval'],
          { status: 'cancelled', liveKey: null, waitingPosition: null, cancelledAt: new Date() },
          manager,
        );
      }
    });
    await this.notifications.notifyUsers(
      live.map((r) => String(r.memberId)),
      {
        kind: NotificationKind.EventCancelled,
        title: '活动取消',
        body: `很抱歉，「${event.title}」已取消。`,
        eventId: id,
      },
    );
    return this.view(caller.userId, id);
  }

  async rate(caller: Caller, id: string, body: RateEventDto): Promise<void> {
    const event = await this.require(id);
    if (event.endsAt > new Date()) throw new DomainException(ErrorCode.EventNotOpen, '活动结束后才能评价');
    const roster = await this.signups.findRoster(id);
    if (!roster.some((r) => r.memberId === caller.userId && r.checkinId))
      throw new DomainException(ErrorCode.NotAnAttendee, '只有到场的居民可以评价');
    try {
      await this.checkins.insertRating(
        Object.assign(new EventRating(), {
          eventId: id,
          memberId: caller.userId,
          rating: body.rating,
          comment: body.comment ?? null,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainException(ErrorCode.Conflict, '您已评价过该活动');
      throw error;
    }
  }

  async ratings(id: string): Promise<EventRatingsSummary> {
    const rows = await this.checkins.findRatings(id);
    return {
      average: rows.length ? Math.round((rows.reduce((s, r) => s + r.rating, 0) / rows.length) * 10) / 10 : null,
      count: rows.length,
      comments: rows
        .filter((r) => r.comment)
        .map((r) => ({ rating: r.rating, comment: r.comment as string, createdAt: r.createdAt.toISOString() })),
    };
  }

  async view(userId: string | null, id: string): Promise<EventView> {
    const event = await this.require(id);
    const place = await this.places.findActiveById(event.placeId);
    const live = userId ? await this.signups.findLive(id, userId) : null;
    return {
      ...toEventDetail({ ...event, placeName: place?.name ?? '' }),
      status: event.status,
      coverUrl: event.coverUrl,
      signupOpensAt: event.signupOpensAt?.toISOString() ?? null,
      signupClosesAt: event.signupClosesAt?.toISOString() ?? null,
      needsApproval: event.needsApproval,
      confirmedCount: event.confirmedCount,
      waitingCount: await this.signups.countWaiting(id),
      myRegistration: live ? await this.signupService.view(live.id) : null,
    };
  }

  private async require(id: string): Promise<CommunityEvent> {
    const event = await this.signups.findEvent(id);
    if (!event) throw new DomainException(ErrorCode.EventNotFound, '活动不存在');
    return event;
  }
}

const badTimes = () =>
  new DomainException(ErrorCode.ValidationFailed, '结束时间必须晚于开始时间', [
    { field: 'endsAt', problems: ['必须晚于 startsAt'] },
  ]);
