import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { toDate } from '../../../infra/database/raw';
import { inTransaction } from '../../../infra/database/transaction';
import { User } from '../../users/user.entity';
import { Checkin } from '../checkin.entity';
import { CommunityEvent } from '../event.entity';
import { type Dependent, Registration, type RegistrationStatus } from '../registration.entity';

/** A sign-up of any status with its member's name and its live check-in: rosters, exports and offline kits. */
export interface RosterRow {
  registrationId: string;
  memberId: string;
  name: string;
  phoneCipher: string | null;
  status: RegistrationStatus;
  dependents: Dependent[];
  waitingPosition: number | null;
  checkinId: string | null;
  checkedInAt: Date | null;
  checkedInBy: string | null;
}

/** One attendee's name, phone ciphertext and dependents (a scan result shows them). */
export interface AttendeeRow {
  name: string;
  phoneCipher: string | null;
  dependents: Dependent[];
}

/** A status change of one registration, applied only while it is still in one of `from`. */
export interface RegistrationTransition {
  id: string;
  from: RegistrationStatus[];
  set: Partial<Registration>;
}

/** Raw columns as the drivers return them: `simple-json` as text, datetimes as text on SQLite. */
type RawDependents = Dependent[] | string | null;
type RawRosterRow = Omit<RosterRow, 'dependents' | 'checkedInAt'> & {
  dependents: RawDependents;
  checkedInAt: Date | string | null;
};

@Injectable()
export class EventSignupsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
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

  async transition({ id, from, set }: RegistrationTransition, manager: EntityManager): Promise<boolean> {
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

  /** A member's sign-ups, newest first, and how many there are. */
  async findForMember(
    memberId: string,
    offset: number,
    limit: number,
  ): Promise<{ rows: Registration[]; total: number }> {
    const [rows, total] = await this.dataSource.manager.findAndCount(Registration, {
      where: { memberId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: limit,
    });
    return { rows, total };
  }

  /** One attendee's name and phone ciphertext (a scan result shows them). */
  async findAttendee(registrationId: string): Promise<AttendeeRow | undefined> {
    const raw = await this.dataSource.manager
      .createQueryBuilder(Registration, 'r')
      .innerJoin(User, 'u', 'u.id = r.member_id')
      .select(['u.nickname AS name', 'u.phone_cipher AS phoneCipher', 'r.dependents AS dependents'])
      .where('r.id = :registrationId', { registrationId })
      .getRawOne<Omit<AttendeeRow, 'dependents'> & { dependents: RawDependents }>();
    return raw && { ...raw, dependents: toDependents(raw.dependents) };
  }

  /** Everyone signed up (any status) with names, for rosters, exports and offline kits. */
  /** The members holding a sign-up of one of `statuses`, for a notice to them all. */
  async findMemberIds(
    where: { eventId: string; statuses: RegistrationStatus[] },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const rows = await manager
      .createQueryBuilder(Registration, 'r')
      .select('r.member_id', 'memberId')
      .where('r.event_id = :eventId AND r.status IN (:...statuses)', where)
      .getRawMany<{ memberId: string }>();
    return rows.map((row) => row.memberId);
  }

  async findRoster(eventId: string, manager: EntityManager = this.dataSource.manager): Promise<RosterRow[]> {
    const raw = await manager
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
      .getRawMany<RawRosterRow>();
    return raw.map((r) => ({
      ...r,
      dependents: toDependents(r.dependents),
      checkedInAt: r.checkedInAt ? toDate(r.checkedInAt) : null,
    }));
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

function toDependents(raw: RawDependents): Dependent[] {
  if (!raw) return [];
  return typeof raw === 'string' ? (JSON.parse(raw) as Dependent[]) : raw;
}
