import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventStatus, type EventType, FlaggableKind } from '@tongxin/types';
import { DataSource, type EntityManager, In } from 'typeorm';

import { queryRaw, toDate, useIndex } from '../../../infra/database/raw';
import { inTransaction } from '../../../infra/database/transaction';
import { whereWithin } from '../../access/access.repository';
import { seenByOthers } from '../../moderation/moderation.repository';
import { Place } from '../../places/place.entity';
import { CommunityEvent } from '../event.entity';

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
  status: EventStatus;
}

/** An organizer's list row: events of any status, with the places taken. */
export interface ManagedEventRow extends EventRow {
  status: EventStatus;
  confirmedCount: number;
  seriesId: string | null;
  seriesIndex: number | null;
}

/** An `EventRow` as the drivers return it: SQLite gives datetimes as text, mysql2 as `Date`. */
type RawEventRow = Omit<EventRow, 'startsAt' | 'endsAt'> & { startsAt: Date | string; endsAt: Date | string };

/** The list's filter on `events i` (and `places ip` when it filters by place). */
function publishedWhere(filter: EventListFilter): { where: string; params: Record<string, unknown> } {
  // Held, hidden or removed by moderation: off the public list (their managers see them in theirs).
  const parts = ['i.status = :status', seenByOthers(FlaggableKind.Event, 'i.id')];
  const params: Record<string, unknown> = { status: EventStatus.Published };
  if (filter.upcoming) {
    parts.push('i.ends_at >= :now');
    params.now = filter.now;
  }
  if (filter.placePath) {
    parts.push('ip.path LIKE :path');
    params.path = `${filter.placePath}%`;
  }
  if (filter.type) {
    parts.push('i.type = :type');
    params.type = filter.type;
  }
  return { where: parts.join(' AND '), params };
}

@Injectable()
export class EventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One page of published events and how many there are, in one statement: the inner query reads only index
   * entries (`idx_events_status_ends_starts` holds status, ends_at, starts_at and the id) to pick the page's ids
   * and count every match with a window function; the outer one reads the page's rows and place names.
   */
  async findPublished(
    filter: EventListFilter,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ rows: EventRow[]; total: number }> {
    const { where, params } = publishedWhere(filter);
    const raw = await queryRaw<RawEventRow & { total: number | string }>(
      manager,
      `SELECT e.id AS id, e.title AS title, e.type AS type, e.venue AS venue, e.starts_at AS startsAt,
              e.ends_at AS endsAt, e.capacity AS capacity, e.points_reward AS pointsReward, e.place_id AS placeId,
              p.name AS placeName, page.total AS total
         FROM (SELECT i.id AS id, COUNT(*) OVER () AS total
                 FROM events i${filter.upcoming ? useIndex(manager, 'idx_events_status_ends_starts') : ''}
                 ${filter.placePath ? 'JOIN places ip ON ip.id = i.place_id' : ''}
                WHERE ${where}
                ORDER BY i.starts_at, i.id
                LIMIT :limit OFFSET :offset) page
         JOIN events e ON e.id = page.id
         JOIN places p ON p.id = e.place_id
        ORDER BY e.starts_at, e.id`,
      { ...params, limit: filter.limit, offset: filter.offset },
    );
    if (raw.length > 0 || filter.offset === 0) return { rows: raw.map(toEventRow), total: Number(raw[0]?.total ?? 0) };
    // A page past the end has no rows to carry the total: count on its own then.
    const [counted] = await queryRaw<{ n: number | string }>(
      manager,
      `SELECT COUNT(*) AS n FROM events i ${filter.placePath ? 'JOIN places ip ON ip.id = i.place_id' : ''} WHERE ${where}`,
      params,
    );
    return { rows: [], total: Number(counted?.n ?? 0) };
  }

  /** Events of any status on places inside `scopes` (and under `placePath`), newest start first. */
  async findManaged(filter: {
    scopes: string[];
    placePath?: string;
    status?: EventStatus;
    offset: number;
    limit: number;
  }): Promise<{ rows: ManagedEventRow[]; total: number }> {
    const query = this.dataSource.manager
      .createQueryBuilder(CommunityEvent, 'e')
      .innerJoin(Place, 'p', 'p.id = e.place_id')
      .where('1 = 1');
    whereWithin(query, 'p.path', filter.scopes);
    if (filter.placePath) query.andWhere('p.path LIKE :placePath', { placePath: `${filter.placePath}%` });
    if (filter.status) query.andWhere('e.status = :status', { status: filter.status });
    const total = await query.clone().getCount();
    const raw = await query
      .select([
        'e.id AS id',
        'e.title AS title',
        'e.type AS type',
        'e.venue AS venue',
        'e.starts_at AS startsAt',
        'e.ends_at AS endsAt',
      ])
      .addSelect([
        'e.capacity AS capacity',
        'e.points_reward AS pointsReward',
        'e.place_id AS placeId',
        'p.name AS placeName',
      ])
      .addSelect(['e.status AS status', 'e.confirmed_count AS confirmedCount'])
      .addSelect(['e.series_id AS seriesId', 'e.series_index AS seriesIndex'])
      .orderBy('e.starts_at', 'DESC')
      .addOrderBy('e.id', 'ASC')
      .offset(filter.offset)
      .limit(filter.limit)
      .getRawMany<RawEventRow & Pick<ManagedEventRow, 'status' | 'confirmedCount' | 'seriesId' | 'seriesIndex'>>();
    const rows = raw.map((r) => ({
      ...toEventRow(r),
      status: r.status,
      confirmedCount: r.confirmedCount,
      seriesId: r.seriesId,
      seriesIndex: r.seriesIndex,
    }));
    return { rows, total };
  }

  /** An event of any status: sign-ups, check-ins and organizers work on drafts and cancelled ones too. */
  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<CommunityEvent | null> {
    return manager.findOne(CommunityEvent, { where: { id } });
  }

  async findByIds(ids: string[]): Promise<CommunityEvent[]> {
    if (ids.length === 0) return [];
    return this.dataSource.manager.find(CommunityEvent, { where: { id: In(ids) } });
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  async insert(event: CommunityEvent, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(CommunityEvent, event);
  }

  async update(id: string, fields: Partial<CommunityEvent>, manager: EntityManager = this.dataSource.manager) {
    await manager.update(CommunityEvent, { id }, fields);
  }

  /** Takes the event's message slot when the last message is older than `since` (or there is none). */
  async claimMessageSlot(
    claim: { eventId: string; now: Date; since: Date },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(CommunityEvent)
      .set({ messagedAt: claim.now })
      .where('id = :id AND (messaged_at IS NULL OR messaged_at <= :since)', { id: claim.eventId, since: claim.since })
      .execute();
    return (result.affected ?? 0) === 1;
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
}

function toEventRow(raw: RawEventRow): EventRow {
  return {
    id: raw.id,
    title: raw.title,
    type: raw.type,
    venue: raw.venue,
    startsAt: toDate(raw.startsAt),
    endsAt: toDate(raw.endsAt),
    capacity: raw.capacity,
    pointsReward: raw.pointsReward,
    placeId: raw.placeId,
    placeName: raw.placeName,
  };
}
