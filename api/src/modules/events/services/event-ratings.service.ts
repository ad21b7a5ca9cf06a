import { Injectable } from '@nestjs/common';
import { ErrorCode, type EventRatingsSummary } from '@tongxin/types';

import { isUniqueViolation } from '../../../infra/database/db-errors';
import { DomainException } from '../../../infra/http/domain.exception';
import type { Caller } from '../../access/authorize.decorator';
import type { RateEventDto } from '../dto/event-manage.dto';
import { EventRating } from '../event-rating.entity';
import { toRatingsSummary } from '../events.mapper';
import { EventRatingsRepository } from '../repositories/event-ratings.repository';
import { EventSignupsRepository } from '../repositories/event-signups.repository';
import { EventsService } from './events.service';

/** Attendees rate an event once, after it has ended; organizers read the summary. */
@Injectable()
export class EventRatingsService {
  constructor(
    private readonly events: EventsService,
    private readonly signups: EventSignupsRepository,
    private readonly ratings: EventRatingsRepository,
  ) {}

  async rate(caller: Caller, id: string, body: RateEventDto): Promise<void> {
    const event = await this.events.require(id);
    if (event.endsAt > new Date()) throw new DomainException(ErrorCode.EventNotOpen, '活动结束后才能评价');
    const roster = await this.signups.findRoster(id);
    if (!roster.some((r) => r.memberId === caller.userId && r.checkinId))
      throw new DomainException(ErrorCode.NotAnAttendee, '只有到场的居民可以评价');
    try {
      await this.ratings.insert(
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

  async summary(id: string): Promise<EventRatingsSummary> {
    return toRatingsSummary(await this.ratings.findForEvent(id));
  }
}
