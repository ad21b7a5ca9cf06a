import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventStatus, type EventType } from '@tongxin/types';
import { DataSource, type EntityManager } from 'typeorm';

import { toDate } from '../../infra/database/raw';
import { Place } from '../places/place.entity';
import { CommunityEvent } from './event.entity';

export interface EventListFilter {
  now: Date;
  upcoming: boolean;
  /** `path` of a place: only events on it or below it. */
  placePath?: string;
  type?: EventType;
  offset: number;
  limit: number;
}

/** The columns a list row needs, and nothing more (no entity hydration on the hot list). */
export interface EventRow {
  id: string;
  title: string;
  type: EventType;
  venue: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  pointsReward: number;
  placeId: string;
  placeName: string;
}

export interface EventDetailRow extends EventRow {
  description: string;
}

@Injectable()
export class EventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPublished(filter: EventListFilter, manager: EntityManager = this.dataSource.manager) {
    const base = (withPlace: boolean) => {
      const query = manager.createQueryBuilder(CommunityEvent, 'e').where('e.status = :status', { status: EventStatus.Published });
      if (withPlace) query.innerJoin(Place, 'p', 'p.id = e.place_id');
      if (filter.upcoming) {
        query.andWhere('e.ends_at >= :now', { now: filter.now });
        // MySQL/MariaDB otherwise walk (status, starts_at) through every past event; ignored on SQLite.
        query.useIndex('idx_events_status_ends');
      }
      if (filter.placePath) query.andWhere('p.path LIKE :path', { path: `${filter.placePath}%` });
      if (filter.type) query.andWhere('e.type = :type', { type: filter.type });
      return query;
    };

    // The count needs the places join only to filter by place.
    const counted = await base(Boolean(filter.placePath)).select('COUNT(*)', 'n').getRawOne<{ n: number | string }>();
    const total = Number(counted?.n ?? 0);
    const raw = await base(true)
      .select([
        'e.id AS id',
        'e.title AS title',
        'e.type AS type',
        'e.venue AS venue',
        'e.starts_at AS startsAt',
        'e.ends_at AS endsAt',
        'e.capacity AS capacity',
        'e.points_reward AS pointsReward',
        'e.place_id AS placeId',
        'p.name AS placeName',
      ])
      .orderBy('e.starts_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .offset(filter.offset)
      .limit(filter.limit)
      .getRawMany<Record<keyof EventRow, unknown>>();
    return { rows: raw.map(toEventRow), total };
  }

  async insert(event: CommunityEvent): Promise<void> {
    await this.dataSource.manager.insert(CommunityEvent, event);
  }

  async update(id: string, fields: Partial<CommunityEvent>): Promise<void> {
    await this.dataSource.manager.update(CommunityEvent, { id }, fields);
  }

  async transition(id: string, from: EventStatus, to: EventStatus): Promise<boolean> {
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(CommunityEvent)
      .set({ status: to })
      .where('id = :id AND status = :from', { id, from })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async findPublishedById(id: string, manager: EntityManager = this.dataSource.manager): Promise<EventDetailRow | null> {
    const event = await manager.findOne(CommunityEvent, {
      where: { id, status: EventStatus.Published },
      relations: { place: true },
    });
    if (!event || !event.place) return null;
    return {
      id: event.id,
      title: event.title,
      type: event.type,
      venue: event.venue,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      capacity: event.capacity,
      pointsReward: event.pointsReward,
      placeId: event.placeId,
      placeName: event.place.name,
      description: event.description,
    };
  }
}

function toEventRow(raw: Record<keyof EventRow, unknown>): EventRow {
  return {
    id: String(raw.id),
    title: String(raw.title),
    type: raw.type as EventType,
    venue: String(raw.venue),
    startsAt: toDate(raw.startsAt),
    endsAt: toDate(raw.endsAt),
    capacity: Number(raw.capacity),
    pointsReward: Number(raw.pointsReward),
    placeId: String(raw.placeId),
    placeName: String(raw.placeName),
  };
}
