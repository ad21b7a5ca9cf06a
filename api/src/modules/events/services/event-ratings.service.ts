import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ErrorCode, type EventRatingsSummary, FlaggableKind } from '@tongxin/types';

import { isUniqueViolation } from '../../../infra/database/db-errors';
import { newId } from '../../../infra/database/ids';
import { DomainException } from '../../../infra/http/domain.exception';
import { AccessService } from '../../access/access.service';
import type { Caller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { ContentScreenService } from '../../moderation/content-screen.service';
import { ModerationService } from '../../moderation/moderation.service';
import { ModerationRegistry } from '../../moderation/moderation-registry';
import { PlacesRepository } from '../../places/places.repository';
import type { RateEventDto } from '../dto/event-manage.dto';
import { EventRating } from '../event-rating.entity';
import { toRatingsSummary } from '../events.mapper';
import { EventRatingsRepository } from '../repositories/event-ratings.repository';
import { EventSignupsRepository } from '../repositories/event-signups.repository';
import { EventsRepository } from '../repositories/events.repository';
import { EventsService } from './events.service';

/** Attendees rate an event once, after it has ended; organizers read the summary. */
@Injectable()
export class EventRatingsService implements OnModuleInit {
  constructor(
    private readonly events: EventsService,
    private readonly signups: EventSignupsRepository,
    private readonly ratings: EventRatingsRepository,
    private readonly eventRows: EventsRepository,
    private readonly places: PlacesRepository,
    private readonly screen: ContentScreenService,
    private readonly moderation: ModerationService,
    private readonly registry: ModerationRegistry,
    private readonly access: AccessService,
  ) {}

  /** Comments are read by the event's managers, who may flag them; the event's place moderates them. */
  onModuleInit(): void {
    this.registry.register(FlaggableKind.EventComment, {
      find: async (commentId, viewer) => {
        const rating = await this.ratings.findByCommentId(commentId);
        if (!rating?.comment) return null;
        const event = await this.events.require(rating.eventId);
        if (viewer) {
          const place = await this.places.findActiveById(event.placeId);
          const grants = await this.access.grantsOf(viewer.userId);
          if (!place || !this.access.allows(grants, Permission.EventManage, place.path)) return null;
        }
        return { placeId: event.placeId, authorId: rating.memberId, excerpt: rating.comment };
      },
    });
  }

  async rate(caller: Caller, id: string, body: RateEventDto): Promise<void> {
    const event = await this.events.require(id);
    if (event.endsAt > new Date()) throw new DomainException(ErrorCode.EventNotOpen, '活动结束后才能评价');
    const roster = await this.signups.findRoster(id);
    if (!roster.some((r) => r.memberId === caller.userId && r.checkinId))
      throw new DomainException(ErrorCode.NotAnAttendee, '只有到场的居民可以评价');
    // A comment is read by the event's organizers: checked like any text written for others.
    const place = body.comment ? await this.places.findActiveById(event.placeId) : null;
    const verdict = body.comment
      ? await this.screen.screen({
          authorId: caller.userId,
          texts: [body.comment],
          scene: 2,
          placePath: place?.path ?? null,
        })
      : null;
    const commentId = body.comment ? newId() : null;
    try {
      await this.eventRows.transaction(async (manager) => {
        await this.ratings.insert(
          Object.assign(new EventRating(), {
            eventId: id,
            memberId: caller.userId,
            rating: body.rating,
            comment: body.comment ?? null,
            commentId,
          }),
          manager,
        );
        if (verdict && commentId && body.comment) {
          await this.moderation.holdIfNeeded(
            {
              kind: FlaggableKind.EventComment,
              recordId: commentId,
              placeId: event.placeId,
              authorId: caller.userId,
              excerpt: body.comment,
              verdict,
            },
            manager,
          );
        }
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainException(ErrorCode.Conflict, '您已评价过该活动');
      throw error;
    }
  }

  /** Held or removed comments are left out (their ratings still count). */
  async summary(id: string): Promise<EventRatingsSummary> {
    const ratings = await this.ratings.findForEvent(id);
    const unseen = await this.moderation.unseenStates(
      FlaggableKind.EventComment,
      ratings.flatMap((r) => (r.commentId ? [r.commentId] : [])),
    );
    return toRatingsSummary(ratings.map((r) => (r.commentId && unseen.has(r.commentId) ? { ...r, comment: null } : r)));
  }
}
