import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventStatus, FlaggableKind } from '@tongxin/types';
import { DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';

import { toDate } from '../../../infra/database/raw';
import { inTransaction } from '../../../infra/database/transaction';
import { seenByOthers } from '../../moderation/moderation.repository';
import { Place } from '../../places/place.entity';
import { CommunityEvent } from '../event.entity';
import { EventSeries } from '../event-series.entity';
import { Registration, type RegistrationStatus } from '../registration.entity';
import type { ManagedEventRow } from './events.repository';

/** Sign-ups that hold (or wait for) a place. */
const LIVE: RegistrationStatus[] = ['confirmed', 'waiting', 'pending_approval'];

/** One session in a series' list. */
export interface SeriesSessionRow extends ManagedEventRow {
  seriesIndex: number;
  waitingCount: number;
}

export type SeriesStatusCounts = Record<EventStatus, number>;

type RawSessionRow = Omit<SeriesSessionRow, 'startsAt' | 'endsAt' | 'waitingCount'> & {
  startsAt: Date | string;
  endsAt: Date | string;
  waitingCount: number | string;
};

@Injectable()
export class EventSeriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  async insert(series: EventSeries, manager: EntityManager): Promise<void> {
    await manager.insert(EventSeries, series);
  }

  /** Every session in one statement. */
  async insertSessions(events: CommunityEvent[], manager: EntityManager): Promise<void> {
    await manager.insert(CommunityEvent, events);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<EventSeries | null> {
    return manager.findOne(EventSeries, { where: { id } });
  }

  async rename(id: string, title: string, manager: EntityManager): Promise<void> {
    await manager.update(EventSeries, { id }, { title });
  }

  /** One page of a series' sessions in order, with their place names and waiting lists, and how many there are. */
  async findSessions(
    seriesId: string,
    page: { offset: number; limit: number },
  ): Promise<{ rows: SeriesSessionRow[]; total: number }> {
    const query = this.dataSource.manager
      .createQueryBuilder(CommunityEvent, 'e')
      .innerJoin(Place, 'p', 'p.id = e.place_id')
      .where('e.series_id = :seriesId', { seriesId });
    const total = await query.clone().getCount();
    const raw = await query
      .select(['e.id AS id', 'e.title AS title', 'e.type AS type', 'e.venue AS venue'])
      .addSelect(['e.starts_at AS startsAt', 'e.ends_at AS endsAt', 'e.capacity AS capacity'])
      .addSelect(['e.points_reward AS pointsReward', 'e.place_id AS placeId', 'p.name AS placeName'])
      .addSelect(['e.status AS status', 'e.confirmed_count AS confirmedCount'])
      .addSelect(['e.series_id AS seriesId', 'e.series_index AS seriesIndex'])
      .addSelect(
        (sub) =>
          sub
            .select('COUNT(*)')
            .from(Registration, 'w')
            .where('w.event_id = e.id')
            .andWhere('w.status = :waiting', { waiting: 'waiting' }),
        'waitingCount',
      )
      .orderBy('e.series_index', 'ASC')
      .offset(page.offset)
      .limit(page.limit)
      .getRawMany<RawSessionRow>();
    const rows = raw.map((r) => ({
      ...r,
      startsAt: toDate(r.startsAt),
      endsAt: toDate(r.endsAt),
      waitingCount: Number(r.waitingCount),
    }));
    return { rows, total };
  }

  async countByStatus(seriesId: string): Promise<SeriesStatusCounts> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(CommunityEvent, 'e')
      .select(['e.status AS status', 'COUNT(*) AS n'])
      .where('e.series_id = :seriesId', { seriesId })
      .groupBy('e.status')
      .getRawMany<{ status: EventStatus; n: number | string }>();
    const counts: SeriesStatusCounts = { draft: 0, published: 0, cancelled: 0 };
    for (const row of rows) counts[row.status] = Number(row.n);
    return counts;
  }

  /** This session and every later one not cancelled, in order: what 本场及以后 acts on. */
  findFollowing(
    seriesId: string,
    fromIndex: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CommunityEvent[]> {
    return manager
      .createQueryBuilder(CommunityEvent, 'e')
      .where('e.series_id = :seriesId AND e.series_index >= :fromIndex AND e.status <> :cancelled', {
        seriesId,
        fromIndex,
        cancelled: EventStatus.Cancelled,
      })
      .orderBy('e.series_index', 'ASC')
      .getMany();
  }

  /** Published sessions not started yet whose sign-up is open now (and that moderation lets others see). */
  findOpenAhead(seriesId: string, now: Date): Promise<CommunityEvent[]> {
    return this.openAhead(seriesId, now).orderBy('e.series_index', 'ASC').getMany();
  }

  countOpenAhead(seriesId: string, now: Date): Promise<number> {
    return this.openAhead(seriesId, now).getCount();
  }

  /** Whether any session of the series is published and seen by others (else the series is not there for members). */
  async hasPublished(seriesId: string): Promise<boolean> {
    const count = await this.dataSource.manager
      .createQueryBuilder(CommunityEvent, 'e')
      .where('e.series_id = :seriesId AND e.status = :published', { seriesId, published: EventStatus.Published })
      .andWhere(seenByOthers(FlaggableKind.Event, 'e.id'))
      .getCount();
    return count > 0;
  }

  /** A member's live sign-ups in the sessions of a series that have not started, in session order. */
  async findLiveAhead(seriesId: string, memberId: string, now: Date): Promise<Registration[]> {
    const rows = await this.liveAhead(seriesId, memberId, now)
      .select('r.id', 'id')
      .orderBy('e.series_index', 'ASC')
      .getRawMany<{ id: string }>();
    if (rows.length === 0) return [];
    const registrations = await this.dataSource.manager.find(Registration, {
      where: { id: In(rows.map((r) => r.id)) },
    });
    return rows.map((row) => registrations.find((r) => r.id === row.id)).filter((r): r is Registration => !!r);
  }

  countLiveAhead(seriesId: string, memberId: string, now: Date): Promise<number> {
    return this.liveAhead(seriesId, memberId, now).getCount();
  }

  /** Publishes every draft session at once; how many were published. */
  async publishDrafts(seriesId: string): Promise<number> {
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(CommunityEvent)
      .set({ status: EventStatus.Published })
      .where('series_id = :seriesId AND status = :draft', { seriesId, draft: EventStatus.Draft })
      .execute();
    return result.affected ?? 0;
  }

  /** A session's new fields, applied only while it holds no more sign-ups than a new capacity (the database says). */
  async updateSession(
    change: { id: string; fields: Partial<CommunityEvent> },
    manager: EntityManager,
  ): Promise<boolean> {
    const query = manager
      .createQueryBuilder()
      .update(CommunityEvent)
      .set(change.fields)
      .where('id = :id AND status <> :cancelled', { id: change.id, cancelled: EventStatus.Cancelled });
    if (change.fields.capacity !== undefined) {
      query.andWhere('confirmed_count <= :capacity', { capacity: change.fields.capacity });
    }
    const result = await query.execute();
    return (result.affected ?? 0) === 1;
  }

  /** Cancels a session unless it already is; false when another request cancelled it first. */
  async cancelSession(id: string, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(CommunityEvent)
      .set({ status: EventStatus.Cancelled })
      .where('id = :id AND status <> :cancelled', { id, cancelled: EventStatus.Cancelled })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Ends every live sign-up of a cancelled session (their tickets stop counting); the members who held them. */
  async endLiveSignups(eventId: string, manager: EntityManager): Promise<string[]> {
    const query = manager
      .createQueryBuilder(Registration, 'r')
      .select('r.member_id', 'memberId')
      .where('r.event_id = :eventId AND r.status IN (:...live)', { eventId, live: LIVE });
    if (this.dataSource.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
    const rows = await query.getRawMany<{ memberId: string }>();
    await manager
      .createQueryBuilder()
      .update(Registration)
      .set({ status: 'cancelled', liveKey: null, waitingPosition: null, cancelledAt: new Date() })
      .where('event_id = :eventId AND status IN (:...live)', { eventId, live: LIVE })
      .execute();
    return rows.map((r) => r.memberId);
  }

  private openAhead(seriesId: string, now: Date): SelectQueryBuilder<CommunityEvent> {
    return this.dataSource.manager
      .createQueryBuilder(CommunityEvent, 'e')
      .where('e.series_id = :seriesId AND e.status = :published AND e.starts_at > :now', {
        seriesId,
        published: EventStatus.Published,
        now,
      })
      .andWhere('(e.signup_opens_at IS NULL OR e.signup_opens_at <= :now)')
      .andWhere('COALESCE(e.signup_closes_at, e.starts_at) >= :now')
      .andWhere(seenByOthers(FlaggableKind.Event, 'e.id'));
  }

  private liveAhead(seriesId: string, memberId: string, now: Date): SelectQueryBuilder<Registration> {
    return this.dataSource.manager
      .createQueryBuilder(Registration, 'r')
      .innerJoin(CommunityEvent, 'e', 'e.id = r.event_id')
      .where('e.series_id = :seriesId AND r.member_id = :memberId AND e.starts_at > :now', {
        seriesId,
        memberId,
        now,
      })
      .andWhere('r.status IN (:...live)', { live: LIVE });
  }
}
