import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  EVENT_MESSAGE_INTERVAL_MINUTES,
  type EventMessageResult,
  EventStatus,
  NotificationKind,
} from '@tongxin/types';

import { DomainException } from '../../../infra/http/domain.exception';
import type { Caller } from '../../access/authorize.decorator';
import { AuditService } from '../../audit/audit.service';
import { ContentScreenService } from '../../moderation/content-screen.service';
import { NotificationsService } from '../../notifications/notifications.service';
import { PlacesRepository } from '../../places/places.repository';
import type { EventMessageDto } from '../dto/event-manage.dto';
import type { RegistrationStatus } from '../registration.entity';
import { EventSignupsRepository } from '../repositories/event-signups.repository';
import { EventsRepository } from '../repositories/events.repository';
import { EventsService } from './events.service';

/** An organizer's note to the people signed up for an event (通知参与者). */
@Injectable()
export class EventMessagesService {
  constructor(
    private readonly events: EventsRepository,
    private readonly eventsService: EventsService,
    private readonly signups: EventSignupsRepository,
    private readonly places: PlacesRepository,
    private readonly notifications: NotificationsService,
    private readonly screen: ContentScreenService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Screened like any public text (held → refused), at most one per event per interval (claimed on the event's
   * row, so two organizers at once send one), recorded in the audit log with the notices it wrote.
   */
  async send(caller: Caller, eventId: string, body: EventMessageDto): Promise<EventMessageResult> {
    const event = await this.eventsService.require(eventId);
    if (event.status !== EventStatus.Published) {
      throw new DomainException(ErrorCode.Conflict, '只能给已发布活动的参与者发通知');
    }
    const place = await this.places.findActiveById(event.placeId);
    const verdict = await this.screen.screen({
      authorId: caller.userId,
      texts: [body.text],
      scene: 3,
      placePath: place?.path ?? null,
    });
    if (verdict.outcome !== 'pass') {
      throw new DomainException(ErrorCode.ContentRisky, '通知含有不适合发送的词语，请修改后再发');
    }
    const statuses: RegistrationStatus[] = body.includeWaiting ? ['confirmed', 'waiting'] : ['confirmed'];
    const now = new Date();
    return this.events.transaction(async (manager) => {
      const since = new Date(now.getTime() - EVENT_MESSAGE_INTERVAL_MINUTES * 60_000);
      if (!(await this.events.claimMessageSlot({ eventId, now, since }, manager))) {
        throw new DomainException(
          ErrorCode.RateLimited,
          `每个活动 ${EVENT_MESSAGE_INTERVAL_MINUTES} 分钟内只能发一条通知，请稍后再发`,
        );
      }
      const members = (await this.signups.findMemberIds({ eventId, statuses }, manager)).filter(
        (id) => id !== caller.userId,
      );
      await this.notifications.notifyUsers(
        members,
        { kind: NotificationKind.EventMessage, title: `「${event.title}」活动通知`, body: body.text, eventId },
        manager,
      );
      await this.audit.record(
        {
          actorId: caller.userId,
          action: 'event.message',
          targetType: 'event',
          targetId: eventId,
          placeId: event.placeId,
          details: { text: body.text, includeWaiting: body.includeWaiting === true, recipients: members.length },
        },
        manager,
      );
      return { recipients: members.length, sentAt: now.toISOString() };
    });
  }
}
