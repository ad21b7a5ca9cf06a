import { Injectable } from '@nestjs/common';
import { ErrorCode, EventStatus, FlaggableKind, NotificationKind, type SeriesChangeResult } from '@tongxin/types';

import { DomainException } from '../../../infra/http/domain.exception';
import { chinaMinute } from '../../../infra/time/china-time';
import type { Caller } from '../../access/authorize.decorator';
import { ContentScreenService } from '../../moderation/content-screen.service';
import { ModerationService } from '../../moderation/moderation.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { PlacesRepository } from '../../places/places.repository';
import type { UpdateEventDto } from '../dto/event-manage.dto';
import type { CommunityEvent } from '../event.entity';
import { EventRemindersRepository } from '../repositories/event-reminders.repository';
import { EventSeriesRepository } from '../repositories/event-series.repository';
import { EventSignupsRepository } from '../repositories/event-signups.repository';
import { isNoChange, seriesChange, sessionFields } from '../series-change';
import { EventSignupsService } from './event-signups.service';
import { EventsService } from './events.service';

/** 编辑本场及以后 and 取消本场及以后: one change to a session of a series and every later live one, all or nothing. */
@Injectable()
export class SeriesEditsService {
  constructor(
    private readonly events: EventsService,
    private readonly series: EventSeriesRepository,
    private readonly signups: EventSignupsRepository,
    private readonly signupService: EventSignupsService,
    private readonly places: PlacesRepository,
    private readonly screen: ContentScreenService,
    private readonly moderation: ModerationService,
    private readonly notifications: NotificationsService,
    private readonly reminders: EventRemindersRepository,
  ) {}

  /**
   * The fields that differ from this session go to it and to every later session not cancelled; a moved time
   * moves each of them as far, so a Tuesday class moved to Wednesday stays weekly on Wednesdays. A new capacity
   * below a session's sign-ups refuses the whole edit (checked by the UPDATE itself).
   */
  async updateFollowing(caller: Caller, eventId: string, body: UpdateEventDto): Promise<SeriesChangeResult> {
    const event = await this.liveSession(eventId);
    const seriesId = event.seriesId as string;
    const change = seriesChange(event, body);
    if (change === 'bad_times') {
      throw new DomainException(ErrorCode.ValidationFailed, '结束时间必须晚于开始时间', [
        { field: 'endsAt', problems: ['必须晚于 startsAt'] },
      ]);
    }
    if (isNoChange(change)) return { seriesId, sessions: 0 };
    const { title, description, venue } = change.same;
    const rewritten = [title, description, venue].some((text) => text !== undefined);
    const verdict = rewritten
      ? await this.screen.screen({
          authorId: caller.userId,
          texts: [title, description, venue],
          scene: 3,
          placePath: (await this.places.findActiveById(event.placeId))?.path ?? null,
        })
      : null;
    const moved = change.shiftMs !== 0;
    const sessions = await this.series.transaction(async (manager) => {
      const following = await this.series.findFollowing(seriesId, event.seriesIndex as number, manager);
      for (const session of following) {
        const fields = sessionFields(session, change);
        if (!(await this.series.updateSession({ id: session.id, fields }, manager))) {
          throw new DomainException(
            ErrorCode.Conflict,
            `第 ${session.seriesIndex} 场已有 ${session.confirmedCount} 人报名，名额不能少于此数`,
          );
        }
        if (moved) await this.reminders.forgetSent(session.id, manager);
        if (verdict) {
          await this.moderation.holdIfNeeded(
            {
              kind: FlaggableKind.Event,
              recordId: session.id,
              placeId: session.placeId,
              authorId: caller.userId,
              excerpt: `${title ?? session.title}：${description ?? session.description}`,
              verdict,
            },
            manager,
          );
        }
      }
      if (title !== undefined) await this.series.rename(seriesId, title, manager);
      return following;
    });
    const changes = [
      moved
        ? `时间调整，第 ${event.seriesIndex} 场改为 ${chinaMinute(new Date(event.startsAt.getTime() + change.shiftMs))}`
        : null,
      venue !== undefined ? `地点改为 ${venue}` : null,
    ].filter((text): text is string => text !== null);
    if (changes.length > 0) {
      await this.tellAttendees(sessions, {
        title: '活动信息变更',
        body: `「${title ?? event.title}」第 ${event.seriesIndex} 场起${changes.join('，')}，请留意。`,
        kind: NotificationKind.EventChanged,
        eventId,
      });
    }
    if (change.same.capacity !== undefined) {
      for (const session of sessions.filter((s) => (change.same.capacity as number) > s.capacity)) {
        await this.signups.transaction((manager) => this.signupService.promote(session.id, manager));
      }
    }
    return { seriesId, sessions: sessions.length };
  }

  /** Cancels this session and every later one; each attendee is told once, for all the sessions they held. */
  async cancelFollowing(caller: Caller, eventId: string): Promise<SeriesChangeResult> {
    const event = await this.liveSession(eventId);
    const seriesId = event.seriesId as string;
    const following = await this.series.findFollowing(seriesId, event.seriesIndex as number);
    const cancelled: CommunityEvent[] = [];
    const attendees: string[] = [];
    for (const session of following) {
      await this.series.transaction(async (manager) => {
        if (!(await this.series.cancelSession(session.id, manager))) return;
        attendees.push(...(await this.series.endLiveSignups(session.id, manager)));
        cancelled.push(session);
      });
    }
    await this.notifications.notifyUsers(attendees, {
      kind: NotificationKind.EventCancelled,
      title: '活动取消',
      body: `很抱歉，「${event.title}」第 ${event.seriesIndex} 场及以后的场次已取消。`,
      eventId,
    });
    return { seriesId, sessions: cancelled.length };
  }

  /** Everyone confirmed or waiting in any of the sessions, once each. */
  private async tellAttendees(
    sessions: CommunityEvent[],
    notice: { title: string; body: string; kind: NotificationKind; eventId: string },
  ): Promise<void> {
    const members = new Set<string>();
    for (const session of sessions) {
      const ids = await this.signups.findMemberIds({ eventId: session.id, statuses: ['confirmed', 'waiting'] });
      for (const id of ids) members.add(id);
    }
    await this.notifications.notifyUsers([...members], notice);
  }

  /** A session of a series that is not cancelled. */
  private async liveSession(eventId: string): Promise<CommunityEvent> {
    const event = await this.events.require(eventId);
    if (!event.seriesId || event.seriesIndex === null) {
      throw new DomainException(ErrorCode.Conflict, '这不是系列活动的场次');
    }
    if (event.status === EventStatus.Cancelled) throw new DomainException(ErrorCode.Conflict, '本场已取消');
    return event;
  }
}
