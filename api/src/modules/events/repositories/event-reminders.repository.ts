import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventStatus } from '@tongxin/types';
import { DataSource, type EntityManager } from 'typeorm';

import { toDate } from '../../../infra/database/raw';
import { inTransaction } from '../../../infra/database/transaction';
import { Checkin } from '../checkin.entity';
import { CommunityEvent } from '../event.entity';
import { Registration } from '../registration.entity';

/** The day-before reminder, or the hour-before one. */
export type ReminderKind = 'day' | 'hour';

const COLUMN: Record<ReminderKind, 'reminded_day_at' | 'reminded_hour_at'> = {
  day: 'reminded_day_at',
  hour: 'reminded_hour_at',
};

/** A confirmed sign-up of a published event starting soon that has not had this reminder yet. */
export interface DueReminderRow {
  registrationId: string;
  memberId: string;
  eventId: string;
  title: string;
  venue: string;
  startsAt: Date;
}

/** Which sign-ups are due a reminder, and the conditional UPDATE that lets one sweep send each. */
@Injectable()
export class EventRemindersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  /** Confirmed sign-ups not checked in, of published events starting after `from` and by `until`, not yet sent `kind`. */
  async findDue(due: { kind: ReminderKind; from: Date; until: Date; limit: number }): Promise<DueReminderRow[]> {
    const raw = await this.dataSource.manager
      .createQueryBuilder(CommunityEvent, 'e')
      .innerJoin(Registration, 'r', 'r.event_id = e.id')
      .select([
        'r.id AS registrationId',
        'r.member_id AS memberId',
        'e.id AS eventId',
        'e.title AS title',
        'e.venue AS venue',
        'e.starts_at AS startsAt',
      ])
      .where('e.status = :published AND e.starts_at > :from AND e.starts_at <= :until', {
        published: EventStatus.Published,
        from: due.from,
        until: due.until,
      })
      .andWhere(`r.status = 'confirmed' AND r.${COLUMN[due.kind]} IS NULL`)
      // Someone already checked in at the door needs no 活动即将开始.
      .andWhere((qb) => {
        const checkedIn = qb
          .subQuery()
          .select('1')
          .from(Checkin, 'c')
          .where('c.registration_id = r.id AND c.live_key IS NOT NULL')
          .getQuery();
        return `NOT EXISTS ${checkedIn}`;
      })
      .orderBy('e.starts_at', 'ASC')
      .limit(due.limit)
      .getRawMany<Omit<DueReminderRow, 'startsAt'> & { startsAt: unknown }>();
    return raw.map((row) => ({ ...row, startsAt: toDate(row.startsAt) }));
  }

  /** The event moved: its sign-ups are reminded again by the new time. */
  async forgetSent(eventId: string, manager: EntityManager): Promise<void> {
    await manager.update(Registration, { eventId }, { remindedDayAt: null, remindedHourAt: null });
  }

  /** Marks the reminder sent if nobody has: false when another sweep got there first or the sign-up ended. */
  async claim(claim: { registrationId: string; kind: ReminderKind; now: Date }, manager: EntityManager) {
    const result = await manager
      .createQueryBuilder()
      .update(Registration)
      .set(claim.kind === 'day' ? { remindedDayAt: claim.now } : { remindedHourAt: claim.now })
      .where(`id = :id AND status = 'confirmed' AND ${COLUMN[claim.kind]} IS NULL`, { id: claim.registrationId })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
