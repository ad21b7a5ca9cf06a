import { Injectable } from '@nestjs/common';
import { signTicket } from '@tongxin/tickets';
import {
  ErrorCode,
  EventStatus,
  NotificationKind,
  type Page,
  type RegistrationView,
  type TicketView,
} from '@tongxin/types';
import type { EntityManager } from 'typeorm';

import { AppConfig } from '../../../infra/config/app-config';
import { isUniqueViolation } from '../../../infra/database/db-errors';
import { newId } from '../../../infra/database/ids';
import { DomainException } from '../../../infra/http/domain.exception';
import { type PageQueryDto, toPage } from '../../../infra/http/page-query.dto';
import { AccessService } from '../../access/access.service';
import type { Caller } from '../../access/authorize.decorator';
import { NotificationsService } from '../../notifications/notifications.service';
import { PlacesRepository } from '../../places/places.repository';
import { checkinWindow } from '../checkin-window';
import type { SignUpDto } from '../dto/event-manage.dto';
import type { CommunityEvent } from '../event.entity';
import { toRegistrationView, toTicketView } from '../events.mapper';
import { type Dependent, Registration } from '../registration.entity';
import { CheckinsRepository } from '../repositories/checkins.repository';
import { EventRatingsRepository } from '../repositories/event-ratings.repository';
import { EventSignupsRepository } from '../repositories/event-signups.repository';
import { EventsRepository } from '../repositories/events.repository';
import { TicketKeys } from '../ticket-keys';

/**
 * Sign-ups: a confirmed place is taken by `UPDATE … WHERE confirmed_count < capacity`, so N sign-ups for C places
 * confirm exactly min(N, C); the rest get waiting numbers from the same locked row, in arrival order, and are
 * promoted in that order when a place frees up.
 */
@Injectable()
export class EventSignupsService {
  constructor(
    private readonly signups: EventSignupsRepository,
    private readonly events: EventsRepository,
    private readonly places: PlacesRepository,
    private readonly access: AccessService,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
    private readonly keys: TicketKeys,
    private readonly checkins: CheckinsRepository,
    private readonly ratings: EventRatingsRepository,
  ) {}

  async signUp(caller: Caller, eventId: string, body: SignUpDto): Promise<RegistrationView> {
    const event = await this.requireOpen(eventId);
    await this.assertAudience(caller.userId, event);
    let id: string;
    try {
      id = await this.enrol({ event, memberId: caller.userId, dependents: body.dependents });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainException(ErrorCode.AlreadySignedUp, '您已报名该活动');
      throw error;
    }
    return this.view(id);
  }

  /**
   * Records a sign-up in its own transaction: a place if one is left, else a waiting number (or approval first).
   * A unique-key error (the member's live sign-up for this event exists) rolls the place back with it.
   */
  async enrol(signup: { event: CommunityEvent; memberId: string; dependents?: Dependent[] }): Promise<string> {
    const { event, memberId } = signup;
    const id = newId();
    await this.signups.transaction(async (manager) => {
      let status: Registration['status'] = 'pending_approval';
      let waitingPosition: number | null = null;
      if (!event.needsApproval) {
        if (await this.signups.takePlace(event.id, manager)) status = 'confirmed';
        else {
          status = 'waiting';
          waitingPosition = await this.signups.nextWaitingNumber(event.id, manager);
        }
      }
      await this.signups.insert(
        Object.assign(new Registration(), {
          id,
          eventId: event.id,
          memberId,
          status,
          liveKey: `${event.id}:${memberId}`,
          waitingPosition,
          dependents: signup.dependents?.length ? signup.dependents : null,
          cancelledAt: null,
        }),
        manager,
      );
    });
    return id;
  }

  /** The member cancels before the deadline; a confirmed place goes to the first on the waiting list. */
  async cancel(caller: Caller, registrationId: string): Promise<RegistrationView> {
    const registration = await this.signups.findRegistration(registrationId);
    if (!registration || registration.memberId !== caller.userId)
      throw new DomainException(ErrorCode.NotFound, '报名记录不存在');
    const event = await this.events.findById(registration.eventId);
    if (!event) throw new DomainException(ErrorCode.EventNotFound, '活动不存在');
    if (Date.now() > event.startsAt.getTime() - event.cancelDeadlineHours * 3_600_000) {
      throw new DomainException(
        ErrorCode.CancelDeadlinePassed,
        `活动开始前 ${event.cancelDeadlineHours} 小时内不能取消`,
      );
    }
    await this.release(registration, 'cancelled');
    return this.view(registrationId);
  }

  /** Ends a live registration and, if it held a place, promotes the waiting list into it. */
  async release(registration: Registration, to: 'cancelled' | 'rejected', manager?: EntityManager): Promise<boolean> {
    const work = async (m: EntityManager) => {
      const moved = await this.signups.transition(
        {
          id: registration.id,
          from: ['confirmed', 'waiting', 'pending_approval'],
          set: { status: to, liveKey: null, waitingPosition: null, cancelledAt: new Date() },
        },
        m,
      );
      if (!moved) return false;
      if (registration.status === 'confirmed') {
        await this.signups.freePlace(registration.eventId, m);
        await this.promote(registration.eventId, m);
      }
      return true;
    };
    return manager ? work(manager) : this.signups.transaction(work);
  }

  /** Moves waiting members into free places, first come first served. */
  async promote(eventId: string, manager: EntityManager): Promise<string[]> {
    const promoted: string[] = [];
    let title: string | undefined;
    for (;;) {
      const next = await this.signups.firstWaiting(eventId, manager);
      if (!next || !(await this.signups.takePlace(eventId, manager))) break;
      await this.signups.transition(
        { id: next.id, from: ['waiting'], set: { status: 'confirmed', waitingPosition: null } },
        manager,
      );
      promoted.push(next.memberId);
      title ??= (await this.events.findById(eventId, manager))?.title ?? '活动';
      await this.notifications.notifyUsers(
        [next.memberId],
        {
          kind: NotificationKind.EventPromoted,
          title: '候补成功',
          body: `有人取消了报名，您已从候补转为「${title}」的正式报名，请准时参加。`,
          eventId,
        },
        manager,
      );
    }
    return promoted;
  }

  /** The organizer lets a sign-up in: a place if one is left, else the end of the waiting list. The member is told. */
  async approve(eventId: string, registrationId: string): Promise<RegistrationView> {
    const { registration, title } = await this.registrationOf(eventId, registrationId);
    await this.signups.transaction(async (manager) => {
      const confirmed = await this.signups.takePlace(registration.eventId, manager);
      const set: Partial<Registration> = confirmed
        ? { status: 'confirmed' }
        : { status: 'waiting', waitingPosition: await this.signups.nextWaitingNumber(registration.eventId, manager) };
      if (!(await this.signups.transition({ id: registrationId, from: ['pending_approval'], set }, manager)))
        throw alreadyHandled();
      const body = confirmed
        ? `「${title}」的报名已通过，请准时参加。`
        : `「${title}」的报名已通过；名额已满，您在候补第 ${set.waitingPosition} 位，有人取消时自动转为正式报名。`;
      await this.notifications.notifyUsers(
        [registration.memberId],
        { kind: NotificationKind.EventApproved, title: '报名审核通过', body, eventId },
        manager,
      );
    });
    return this.view(registrationId);
  }

  /** The organizer turns a sign-up down; the member is told. */
  async reject(eventId: string, registrationId: string): Promise<RegistrationView> {
    const { registration, title } = await this.registrationOf(eventId, registrationId);
    await this.signups.transaction(async (manager) => {
      const set: Partial<Registration> = {
        status: 'rejected',
        liveKey: null,
        waitingPosition: null,
        cancelledAt: new Date(),
      };
      if (!(await this.signups.transition({ id: registrationId, from: ['pending_approval'], set }, manager)))
        throw alreadyHandled();
      await this.notifications.notifyUsers(
        [registration.memberId],
        {
          kind: NotificationKind.EventRejected,
          title: '报名未通过',
          body: `很抱歉，「${title}」的报名未通过组织者审核。`,
          eventId,
        },
        manager,
      );
    });
    return this.view(registrationId);
  }

  /** A registration of this event (the route's, which the caller's grant was checked on), with the event's title. */
  private async registrationOf(eventId: string, registrationId: string) {
    const registration = await this.signups.findRegistration(registrationId);
    if (!registration || registration.eventId !== eventId)
      throw new DomainException(ErrorCode.NotFound, '报名记录不存在');
    const event = await this.events.findById(eventId);
    return { registration, title: event?.title ?? '活动' };
  }

  async mine(caller: Caller, query: PageQueryDto): Promise<Page<RegistrationView>> {
    const { rows, total } = await this.signups.findForMember(
      caller.userId,
      (query.page - 1) * query.pageSize,
      query.pageSize,
    );
    const events = await this.events.findByIds(rows.map((r) => r.eventId));
    const checkins = await this.checkins.findByRegistrations(rows.map((r) => r.id));
    const rated = await this.ratings.findRatedEventIds(
      caller.userId,
      rows.map((r) => r.eventId),
    );
    const views = await Promise.all(
      rows.map((r) =>
        this.viewOf({
          registration: r,
          event: events.find((e) => e.id === r.eventId) as CommunityEvent,
          checkedInAt: checkins.find((c) => c.registrationId === r.id && c.liveKey)?.scannedAt ?? null,
          rated: rated.has(r.eventId),
        }),
      ),
    );
    return toPage(views, total, query);
  }

  /** The signed QR ticket of a confirmed registration, valid around the event's time. */
  async ticket(caller: Caller, registrationId: string): Promise<TicketView> {
    const registration = await this.signups.findRegistration(registrationId);
    if (!registration || registration.memberId !== caller.userId)
      throw new DomainException(ErrorCode.NotFound, '报名记录不存在');
    if (registration.status !== 'confirmed')
      throw new DomainException(ErrorCode.TicketRevoked, '只有正式报名才有入场券');
    const event = await this.events.findById(registration.eventId);
    if (!event) throw new DomainException(ErrorCode.EventNotFound, '活动不存在');
    const window = checkinWindow(event, this.config.tickets.windowMinutes);
    const claims = { eventId: event.id, registrationId, validFrom: window.from, validUntil: window.until };
    return toTicketView(registrationId, signTicket(claims, this.keys.sign), window);
  }

  async view(registrationId: string): Promise<RegistrationView> {
    const registration = await this.signups.findRegistration(registrationId);
    const event = registration ? await this.events.findById(registration.eventId) : null;
    if (!registration || !event) throw new DomainException(ErrorCode.NotFound, '报名记录不存在');
    const [checkin, rated] = await Promise.all([
      this.checkins.findLiveCheckin(registration.id),
      this.ratings.findRatedEventIds(registration.memberId, [event.id]),
    ]);
    return this.viewOf({ registration, event, checkedInAt: checkin?.scannedAt ?? null, rated: rated.has(event.id) });
  }

  /** A registration's view, with its place in the waiting queue as it is now. */
  private async viewOf(view: {
    registration: Registration;
    event: CommunityEvent;
    checkedInAt: Date | null;
    rated: boolean;
  }): Promise<RegistrationView> {
    const r = view.registration;
    const waitingPosition =
      r.status === 'waiting' && r.waitingPosition !== null
        ? (await this.signups.countAhead(r.eventId, r.waitingPosition)) + 1
        : null;
    return toRegistrationView({ ...view, waitingPosition });
  }

  private async requireOpen(eventId: string): Promise<CommunityEvent> {
    const event = await this.events.findById(eventId);
    if (!event || event.status !== EventStatus.Published)
      throw new DomainException(ErrorCode.EventNotFound, '活动不存在或已下线');
    const now = Date.now();
    const opens = event.signupOpensAt?.getTime() ?? 0;
    const closes = event.signupClosesAt?.getTime() ?? event.startsAt.getTime();
    if (now < opens || now > closes) throw new DomainException(ErrorCode.SignupClosed, '不在报名时间内');
    return event;
  }

  /** The audience is the event's place: members with a role there or below (street-wide events are open). */
  async assertAudience(userId: string, event: CommunityEvent): Promise<void> {
    const place = await this.places.findActiveById(event.placeId);
    if (!place || place.level === 'street') return;
    const grants = await this.access.grantsOf(userId);
    if (!grants.some((g) => g.placePath.startsWith(place.path) || place.path.startsWith(g.placePath))) {
      throw new DomainException(ErrorCode.Forbidden, `该活动面向${place.name}的居民`);
    }
  }
}

function alreadyHandled(): DomainException {
  return new DomainException(ErrorCode.Conflict, '该报名已处理');
}
