import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';

import { EventRating } from '../event-rating.entity';

@Injectable()
export class EventRatingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A unique-key error means the member has already rated this event. */
  async insert(rating: EventRating, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(EventRating, rating);
  }

  findByCommentId(commentId: string): Promise<EventRating | null> {
    return this.dataSource.manager.findOne(EventRating, { where: { commentId } });
  }

  /** An event's ratings, newest first. */
  findForEvent(eventId: string): Promise<EventRating[]> {
    return this.dataSource.manager.find(EventRating, {
      where: { eventId },
      order: { createdAt: 'DESC', memberId: 'ASC' },
    });
  }

  /** Which of these events the member has rated. */
  async findRatedEventIds(memberId: string, eventIds: string[]): Promise<Set<string>> {
    if (eventIds.length === 0) return new Set();
    const ratings = await this.dataSource.manager.find(EventRating, {
      select: { eventId: true },
      where: { memberId, eventId: In(eventIds) },
    });
    return new Set(ratings.map((r) => r.eventId));
  }
}
