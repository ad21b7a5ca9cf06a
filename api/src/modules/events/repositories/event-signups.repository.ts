import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';

import { inTransaction } from '../../infra/database/transaction';
import { User } from '../users/user.entity';
import { Checkin } from './checkin.entity';
import { CommunityEvent } from './event.entity';
import { EventRating } from './event-rating.entity';
import { Registration, type RegistrationStatus } from './registration.entity';

@Injectable()
export class EventSignupsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  findEvent(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(CommunityEvent, { where: { id } });
  }

  /** Takes a confirmed place if one is left: the capacity is settled by this statement. */
  async takePlace(eventId: string, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(CommunityEvent)
      .set({ confirmedCount: () => 'confirmed_count + 1' })
      .where('id = :eventId AND confirmed_count < capacity', { eventId })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async freePlace(eventId: string, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(CommunityEvent)
      .set({ confirmedCount: () => 'confirmed_count - 1' })
      .where('id = :eventId AND confirmed_count > 0', { eventId })
      .execute();
  }

  /** Hands out the next waiting-list number; the row lock of the UPDATE orders concurrent sign-ups. */
  async nextWaitingNumber(eventId: string, manager: EntityManager): Promise<number> {
    await manager
      .createQueryBuilder()
      .update(CommunityEvent)
      .set({ waitingSeq: () => 'waiting_seq + 1' })
      .where('id = :eventId', { eventId })
      .execute();
    const row = await manager.findOneOrFail(CommunityEvent, {
      where: { id: eventId },
      select: { id: true, waitingSeq: true },
    });
    return row.waitingSeq;
  }

  /** A unique-key error means the member already has a live sign-up for this event. */
  async insert(row: Registration, manager: EntityManager): Promise<void> {
    await manager.insert(Registration, row);
  }

  findRegistration(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(Registration, { where: { id } });
  }

  findLive(eventId: string, memberId: string) {
    return this.dataSource.manager.findOne(Registration, { where: { liveKey: `${eventId}:${memberId}` } });
  }

  async transition(
    id: string,
    from: RegistrationStatus[],
    set: Partial<Registration>,
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Registration)
      .set(set)
      .where('id = :id AND status IN (:...from)', { id, from })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** The first of the waiting list, locked so two promotions cannot pick the same one. */
  firstWaiting(eventId: string, manager: EntityManager) {
    const query = manager
      .createQueryBuilder(Registration, 'r')
      .where('r.event_id = :eventId AND r.status = :waiting', { eventId, waiting: 'waiting' })
      .orderBy('r.waiting_position', 'ASC')
      .limit(1);
    if (this.dataSource.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
    return query.getOne();
  }

  countWaiting(eventId: string): Promise<number> {
    return this.dataSource.manager.count(Registration, { where: { eventId, status: 'waiting' } });
  }

  /** Waiting registrations ahead of `position` (its place in the queue is this + 1). */
  countAhead(eventId: string, position: number): Promise<number> {
    return this.dataSource.manager
      .createQueryBuilder(Registration, 'r')
      .where('r.event_id = :eventId AND r.status = :waiting AND r.waiting_position < :position', {
        eventId,
        waiting: 'waiting',
        position,
      })
      .getCount();
  }

  async findForMember(memberId: string, offset: number, limit: number) {
    const [rows, total] = await this.dataSource.manager.findAndCount(Registration, {
      where: { memberId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: limit,
    });
    const events = rows.length
      ? await this.dataSource.manager.find(CommunityEvent, { where: { id: In(rows.map((r) => r.eventId)) } })
      : [];
    const checkins = rows.length
      ? await this.dataSource.manager.find(Checkin, { where: { registrationId: In(rows.map((r) => r.id)) } })
      : [];
    const rated = await this.findRatedEventIds(
      memberId,
      rows.map((r) => r.eventId),
    );
    return { rows, total, events, checkins, rated };
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

  /** One attendee's name and phone ciphertext (a scan result shows them). */
  findAttendee(registrationId: string) {
    return this.dataSource.manager
      .createQueryBuilder(Registration, 'r')
      .innerJoin(User, 'u', 'u.id = r.member_id')
      .select(['u.nickname AS name', 'u.phone_cipher AS phoneCipher', 'r.dependents AS dependents'])
      .where('r.id = :registrationId', { registrationId })
      .getRawOne<{ name: string; phoneCipher: string | null; dependents: unknown }>();
  }

  /** Everyone signed up (any status) with names, for rosters, exports and offline kits. */
  findRoster(eventId: string, manager: EntityManager = this.dataSource.manager) {
    return manager
      .createQueryBuilder(Registration, 'r')
      .innerJoin(User, 'u', 'u.id = r.member_id')
      .leftJoin(Checkin, 'c', 'c.registration_id = r.id AND c.live_key IS NOT NULL')
      .leftJoin(User, 's', 's.id = c.scanner_id')
      .select([
        'r.id AS registrationId',
        'r.member_id AS memberId',
        'u.nickname AS name',
        'u.phone_cipher AS phoneCipher',
        'r.status AS status',
        'r.dependents AS dependents',
        'r.waiting_position AS waitingPosition',
        'c.id AS checkinId',
        'c.scanned_at AS checkedInAt',
        's.nickname AS checkedInBy',
      ])
      .where('r.event_id = :eventId', { eventId })
      .orderBy('u.nickname', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getRawMany<Record<string, unknown>>();
  }

  /** Per member: confirmed sign-ups for events that have ended with no check-in (no-shows). */
  async countNoShows(memberIds: string[], now: Date): Promise<Map<string, number>> {
    if (memberIds.length === 0) return new Map();
    const rows = await this.dataSource.manager
      .createQueryBuilder(Registration, 'r')
      .innerJoin(CommunityEvent, 'e', 'e.id = r.event_id')
      .leftJoin(Checkin, 'c', 'c.registration_id = r.id AND c.live_key IS NOT NULL')
      .select(['r.member_id AS memberId', 'COUNT(r.id) AS noShows'])
      .where('r.member_id IN (:...memberIds) AND r.status = :confirmed AND e.ends_at < :now AND c.id IS NULL', {
        memberIds,
        confirmed: 'confirmed',
        now,
      })
      .groupBy('r.member_id')
      .getRawMany<{ memberId: string; noShows: number | string }>();
    return new Map(rows.map((r) => [r.memberId, Number(r.noShows)]));
  }
}
