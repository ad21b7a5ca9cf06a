import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  EventStatus,
  type EventView,
  FlaggableKind,
  type ManagedEventSummary,
  NotificationKind,
  type Page,
} from '@tongxin/types';

import { newId } from '../../../infra/database/ids';
import { DomainException } from '../../../infra/http/domain.exception';
import { toPage } from '../../../infra/http/page-query.dto';
import { chinaMinute } from '../../../infra/time/china-time';
import { AccessService, forbidden } from '../../access/access.service';
import type { Caller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { ContentScreenService } from '../../moderation/content-screen.service';
import { ModerationService } from '../../moderation/moderation.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { PlacesRepository } from '../../places/places.repository';
import type { CreateEventDto, UpdateEventDto } from '../dto/event-manage.dto';
import type { ListManagedEventsQueryDto } from '../dto/list-events-query.dto';
import { CommunityEvent } from '../event.entity';
import { toManagedEventSummary } from '../events.mapper';
import type { RegistrationStatus } from '../registration.entity';
import { EventRemindersRepository } from '../repositories/event-reminders.repository';
import { EventSignupsRepository } from '../repositories/event-signups.repository';
import { EventsRepository } from '../repositories/events.repository';
import { EventSignupsService } from './event-signups.service';
import { EventsService } from './events.service';

/** Sign-ups that still hold (or wait for) a place: cancelling the event ends them. */
const LIVE: RegistrationStatus[] = ['confirmed', 'waiting', 'pending_approval'];

/** Organizers create, edit, publish and cancel events on places where they hold the role. */
@Injectable()
export class EventAdminService {
  constructor(
    private readonly events: EventsRepository,
    private readonly eventsService: EventsService,
    private readonly signups: EventSignupsRepository,
    private readonly signupService: EventSignupsService,
    private readonly places: PlacesRepository,
    private readonly notifications: NotificationsService,
    private readonly access: AccessService,
    private readonly screen: ContentScreenService,
    private readonly moderation: ModerationService,
    private readonly reminders: EventRemindersRepository,
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
    return toPage(rows.map(toManagedEventSummary), total, query);
  }

  async create(caller: Caller, body: CreateEventDto): Promise<EventView> {
    const place = await this.places.findActiveById(body.placeId);
    if (!place) throw new DomainException(ErrorCode.PlaceNotFound, '地点不存在');
    const startsAt = new Date(body.startsAt);
    const endsAt = new Date(body.endsAt);
    if (endsAt <= startsAt) throw badTimes();
    const verdict = await this.screen.screen({
      authorId: caller.userId,
      texts: [body.title, body.description, body.venue],
      scene: 3,
      placePath: place.path,
    });
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
    await this.events.transaction(async (manager) => {
      await this.events.insert(event, manager);
      await this.moderation.holdIfNeeded(
        {
          kind: FlaggableKind.Event,
          recordId: event.id,
          placeId: place.id,
          authorId: caller.userId,
          excerpt: `${body.title}：${body.description}`,
          verdict,
        },
        manager,
      );
    });
    return this.eventsService.view(caller.userId, event.id);
  }

  /** Edits; a changed time or venue is announced to everyone signed up. */
  async update(caller: Caller, id: string, body: UpdateEventDto): Promise<EventView> {
    const event = await this.eventsService.require(id);
    const next = {
      ...body,
      startsAt: body.startsAt ? new Date(body.startsAt) : undefined,
      endsAt: body.endsAt ? new Date(body.endsAt) : undefined,
      signupOpensAt: body.signupOpensAt ? new Date(body.signupOpensAt) : undefined,
      signupClosesAt: body.signupClosesAt ? new Date(body.signupClosesAt) : undefined,
    };
    if ((next.endsAt ?? event.endsAt) <= (next.startsAt ?? event.startsAt)) throw badTimes();
    if (body.capacity !== undefined && body.capacity < event.confirmedCount) {
      throw new DomainException(ErrorCode.Conflict, `已有 ${event.confirmedCount} 人报名，名额不能少于此数`);
    }
    const fields = Object.fromEntries(
      Object.entries(next).filter(([, v]) => v !== undefined),
    ) as Partial<CommunityEvent>;
    const rewritten = [body.title, body.description, body.venue].some((text) => text !== undefined);
    const place = rewritten ? await this.places.findActiveById(event.placeId) : null;
    const verdict = rewritten
      ? await this.screen.screen({
          authorId: caller.userId,
          texts: [body.title, body.description, body.venue],
          scene: 3,
          placePath: place?.path ?? null,
        })
      : null;
    const moved = next.startsAt !== undefined && next.startsAt.getTime() !== event.startsAt.getTime();
    await this.events.transaction(async (manager) => {
      await this.events.update(id, fields, manager);
      if (moved) await this.reminders.forgetSent(id, manager);
      if (verdict) {
        const title = body.title ?? event.title;
        const description = body.description ?? event.description;
        await this.moderation.holdIfNeeded(
          {
            kind: FlaggableKind.Event,
            recordId: id,
            placeId: event.placeId,
            authorId: caller.userId,
            excerpt: `${title}：${description}`,
            verdict,
          },
          manager,
        );
      }
    });
    const changes = [
      moved && next.startsAt ? `时间改为 ${chinaMinute(next.startsAt)}` : null,
      body.venue !== undefined && body.venue !== event.venue ? `地点改为 ${body.venue}` : null,
    ].filter((change): change is string => change !== null);
    if (changes.length > 0) {
      const roster = await this.signups.findRoster(id);
      await this.notifications.notifyUsers(
        roster.filter((r) => r.status === 'confirmed' || r.status === 'waiting').map((r) => r.memberId),
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
    return this.eventsService.view(caller.userId, id);
  }

  async publish(caller: Caller, id: string): Promise<EventView> {
    await this.eventsService.require(id);
    if (!(await this.events.transition(id, EventStatus.Draft, EventStatus.Published)))
      throw new DomainException(ErrorCode.Conflict, '只能发布草稿');
    return this.eventsService.view(caller.userId, id);
  }

  /** Cancels the event: every sign-up ends, so every ticket is revoked, and attendees are told. */
  async cancel(caller: Caller, id: string): Promise<EventView> {
    const event = await this.eventsService.require(id);
    if (
      !(await this.events.transition(id, event.status, EventStatus.Cancelled)) ||
      event.status === EventStatus.Cancelled
    ) {
      throw new DomainException(ErrorCode.Conflict, '活动已取消');
    }
    const roster = await this.signups.findRoster(id);
    const live = roster.filter((r) => LIVE.includes(r.status));
    await this.signups.transaction(async (manager) => {
      for (const r of live) {
        await this.signups.transition(
          {
            id: r.registrationId,
            from: LIVE,
            set: { status: 'cancelled', liveKey: null, waitingPosition: null, cancelledAt: new Date() },
          },
          manager,
        );
      }
    });
    await this.notifications.notifyUsers(
      live.map((r) => r.memberId),
      {
        kind: NotificationKind.EventCancelled,
        title: '活动取消',
        body: `很抱歉，「${event.title}」已取消。`,
        eventId: id,
      },
    );
    return this.eventsService.view(caller.userId, id);
  }
}

const badTimes = () =>
  new DomainException(ErrorCode.ValidationFailed, '结束时间必须晚于开始时间', [
    { field: 'endsAt', problems: ['必须晚于 startsAt'] },
  ]);
