import { Injectable } from '@nestjs/common';
import {
  type AdjustVolunteerHoursRequest,
  ErrorCode,
  EventType,
  type Page,
  type VolunteerHoursAdjustmentView,
  type VolunteerHoursPage,
} from '@tongxin/types';

import { isUniqueViolation } from '../../../infra/database/db-errors';
import { newId } from '../../../infra/database/ids';
import { DomainException } from '../../../infra/http/domain.exception';
import { type PageQueryDto, toPage } from '../../../infra/http/page-query.dto';
import type { Caller } from '../../access/authorize.decorator';
import { AuditService } from '../../audit/audit.service';
import { ContentScreenService } from '../../moderation/content-screen.service';
import { PlacesRepository } from '../../places/places.repository';
import type { CommunityEvent } from '../event.entity';
import { CheckinsRepository } from '../repositories/checkins.repository';
import { EventSignupsRepository } from '../repositories/event-signups.repository';
import { EventsRepository } from '../repositories/events.repository';
import { VolunteerHoursRepository } from '../repositories/volunteer-hours.repository';
import { VolunteerHourAdjustment } from '../volunteer-hour-adjustment.entity';
import { eventMinutes } from '../volunteer-hours';
import { VolunteerHours } from '../volunteer-hours.entity';
import { toAdjustmentView, toVolunteerHoursPage } from '../volunteer-hours.mapper';
import { EventPointsService } from './event-points.service';

class Retry extends Error {}

const ATTEMPTS = 5;

/**
 * Volunteer hours after the door: the organizer's adjustments and the members' records. An adjustment pays (or takes
 * back) only the difference between what the new time is worth and what has been paid, under its own idempotency
 * key, and claims the record's revision so two adjustments at once never pay the same difference. Nobody adjusts
 * their own hours.
 */
@Injectable()
export class VolunteerHoursService {
  constructor(
    private readonly hours: VolunteerHoursRepository,
    private readonly checkins: CheckinsRepository,
    private readonly signups: EventSignupsRepository,
    private readonly events: EventsRepository,
    private readonly places: PlacesRepository,
    private readonly points: EventPointsService,
    private readonly screen: ContentScreenService,
    private readonly audit: AuditService,
  ) {}

  async adjust(
    caller: Caller,
    target: { eventId: string; registrationId: string },
    body: AdjustVolunteerHoursRequest,
  ): Promise<VolunteerHoursAdjustmentView> {
    const event = await this.volunteerEvent(target.eventId);
    const registration = await this.signups.findRegistration(target.registrationId);
    if (!registration || registration.eventId !== event.id)
      throw new DomainException(ErrorCode.NotFound, '报名记录不存在');
    if (registration.memberId === caller.userId) {
      throw new DomainException(ErrorCode.SelfAward, '不能调整自己的志愿服务时长，请由其他组织者调整');
    }
    // Never more than the event lasted: an adjustment corrects the door's record, it does not add time.
    if (body.minutes > eventMinutes(event)) {
      throw new DomainException(ErrorCode.ValidationFailed, '服务时长不能超过活动时长', [
        { field: 'minutes', problems: [`不能超过 ${eventMinutes(event)} 分钟`] },
      ]);
    }
    await this.screenReason(caller, event, body.reason);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.tryAdjust({
          caller,
          event,
          memberId: registration.memberId,
          registrationId: registration.id,
          body,
        });
      } catch (error) {
        const raced =
          error instanceof Retry ||
          isUniqueViolation(error) ||
          (error instanceof DomainException && error.code === ErrorCode.InsufficientPoints);
        if (raced && attempt < ATTEMPTS) continue;
        if (raced) throw new DomainException(ErrorCode.Conflict, '时长正在被其他组织者调整，请稍后再试');
        throw error;
      }
    }
  }

  async adjustments(
    target: { eventId: string; registrationId: string },
    query: PageQueryDto,
  ): Promise<Page<VolunteerHoursAdjustmentView>> {
    const registration = await this.signups.findRegistration(target.registrationId);
    if (!registration || registration.eventId !== target.eventId) {
      throw new DomainException(ErrorCode.NotFound, '报名记录不存在');
    }
    const { rows, total } = await this.hours.findAdjustments(registration.id, {
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return toPage(rows.map(toAdjustmentView), total, query);
  }

  /** A member's 志愿服务记录 (their own, or read by staff of their community), with the totals. */
  async record(memberId: string, query: PageQueryDto): Promise<VolunteerHoursPage> {
    const [{ rows }, totals] = await Promise.all([
      this.hours.findForMember(memberId, { offset: (query.page - 1) * query.pageSize, limit: query.pageSize }),
      this.hours.totalsFor(memberId),
    ]);
    return toVolunteerHoursPage({ rows, totals, query });
  }

  private async tryAdjust(change: {
    caller: Caller;
    event: CommunityEvent;
    memberId: string;
    registrationId: string;
    body: AdjustVolunteerHoursRequest;
  }): Promise<VolunteerHoursAdjustmentView> {
    const { caller, event, memberId, registrationId, body } = change;
    const current = await this.hours.findByRegistration(registrationId);
    if (!current && !(await this.checkins.findLiveCheckin(registrationId))) {
      throw new DomainException(ErrorCode.NotCheckedIn, '还没有签到，不能记录服务时长');
    }
    const paid = current?.pointsPaid ?? 0;
    const worth = await this.points.volunteerWorth(event, memberId, body.minutes);
    // Points move in the community they were first paid in; nothing moves for those the rule does not pay.
    const communityId = current?.communityId ?? worth.communityId;
    const delta = worth.communityId && communityId ? worth.points - paid : 0;
    const id = newId();
    // The first payment of a registration has its key whoever makes it (a 签退 or this); later ones their own.
    const key = current ? `volunteer-hours-adjust:${id}` : `volunteer-hours:${registrationId}`;
    const award =
      delta > 0 && communityId
        ? await this.points.prepareVolunteer({
            memberId,
            eventId: event.id,
            communityId,
            points: delta,
            idempotencyKey: key,
            actorId: caller.userId,
            reason: body.reason,
          })
        : null;
    const actor = await this.checkins.nickname(caller.userId);
    return this.hours.transaction(async (manager) => {
      const moved =
        delta > 0
          ? await this.points.payIn(manager, award)
          : delta < 0 && communityId
            ? await this.points.clawBackIn(manager, {
                memberId,
                eventId: event.id,
                communityId,
                points: -delta,
                idempotencyKey: key,
                actorId: caller.userId,
                reason: body.reason,
              })
            : 0;
      const now = new Date();
      const set = {
        minutes: body.minutes,
        pointsPaid: paid + moved,
        communityId: paid + moved > 0 ? communityId : (current?.communityId ?? null),
        adjustmentReason: body.reason,
        adjustedAt: now,
      };
      const hoursId = current?.id ?? newId();
      if (current) {
        if (!(await this.hours.claimRevision({ id: current.id, revision: current.revision, set }, manager))) {
          throw new Retry();
        }
      } else {
        await this.hours.insert(
          Object.assign(new VolunteerHours(), {
            id: hoursId,
            registrationId,
            eventId: event.id,
            memberId,
            eventStartsAt: event.startsAt,
            measuredMinutes: null,
            revision: 0,
            ...set,
          }),
          manager,
        );
      }
      const adjustment = Object.assign(new VolunteerHourAdjustment(), {
        id,
        hoursId,
        registrationId,
        eventId: event.id,
        memberId,
        actorId: caller.userId,
        minutesBefore: current?.minutes ?? 0,
        minutesAfter: body.minutes,
        pointsDelta: moved,
        reason: body.reason,
        createdAt: now,
      });
      await this.hours.insertAdjustment(adjustment, manager);
      await this.audit.record(
        {
          actorId: caller.userId,
          action: 'volunteer.hours.adjust',
          targetType: 'volunteer_hours',
          targetId: hoursId,
          placeId: event.placeId,
          details: {
            eventId: event.id,
            registrationId,
            memberId,
            minutesBefore: adjustment.minutesBefore,
            minutesAfter: body.minutes,
            pointsDelta: moved,
            reason: body.reason,
          },
        },
        manager,
      );
      return toAdjustmentView({ adjustment, actorName: actor?.nickname ?? '' });
    });
  }

  /** The member reads the reason in their record: it is screened like any text one member writes for another. */
  private async screenReason(caller: Caller, event: CommunityEvent, reason: string): Promise<void> {
    const place = await this.places.findActiveById(event.placeId);
    const verdict = await this.screen.screen({
      authorId: caller.userId,
      texts: [reason],
      scene: 3,
      placePath: place?.path ?? null,
    });
    if (verdict.outcome !== 'pass') {
      throw new DomainException(ErrorCode.ContentRisky, '调整原因含有不适合的词语，请修改后再提交');
    }
  }

  private async volunteerEvent(eventId: string): Promise<CommunityEvent> {
    const event = await this.events.findById(eventId);
    if (!event) throw new DomainException(ErrorCode.EventNotFound, '活动不存在');
    if (event.type !== EventType.Volunteer) {
      throw new DomainException(ErrorCode.NotVolunteerEvent, '只有志愿服务活动记录服务时长');
    }
    return event;
  }
}
