import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';

import { toDate } from '../../../infra/database/raw';
import { inTransaction } from '../../../infra/database/transaction';
import { Place } from '../../places/place.entity';
import { User } from '../../users/user.entity';
import { Checkin } from '../checkin.entity';
import { CommunityEvent } from '../event.entity';
import { VolunteerHourAdjustment } from '../volunteer-hour-adjustment.entity';
import { VolunteerHours } from '../volunteer-hours.entity';

/** One line of a 志愿服务记录: the counted time with its event, place and door times. */
export interface VolunteerHoursRow {
  id: string;
  registrationId: string;
  memberId: string;
  eventId: string;
  eventTitle: string;
  venue: string;
  placeName: string;
  startsAt: Date;
  endsAt: Date;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  minutes: number;
  pointsPaid: number;
  adjustmentReason: string | null;
}

export interface VolunteerTotals {
  minutes: number;
  points: number;
  count: number;
}

export interface AdjustmentRow {
  adjustment: VolunteerHourAdjustment;
  actorName: string;
}

/** Which of a member's records a certificate covers: events on these places, between these China dates. */
export interface CertificateScope {
  memberId: string;
  /** The community's path: its events and those of the places below it. */
  pathPrefix: string;
  /** Places above the community (its street): their events count too. */
  ancestorIds: string[];
  from: Date | null;
  until: Date | null;
}

type RawRow = Omit<VolunteerHoursRow, 'startsAt' | 'endsAt' | 'checkedInAt' | 'checkedOutAt' | 'minutes'> & {
  startsAt: Date | string;
  endsAt: Date | string;
  checkedInAt: Date | string | null;
  checkedOutAt: Date | string | null;
  minutes: number | string;
  pointsPaid: number | string;
};

function toRow(raw: RawRow): VolunteerHoursRow {
  return {
    ...raw,
    startsAt: toDate(raw.startsAt),
    endsAt: toDate(raw.endsAt),
    checkedInAt: raw.checkedInAt ? toDate(raw.checkedInAt) : null,
    checkedOutAt: raw.checkedOutAt ? toDate(raw.checkedOutAt) : null,
    minutes: Number(raw.minutes),
    pointsPaid: Number(raw.pointsPaid),
  };
}

@Injectable()
export class VolunteerHoursRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  findByRegistration(
    registrationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<VolunteerHours | null> {
    return manager.findOne(VolunteerHours, { where: { registrationId } });
  }

  findByRegistrations(registrationIds: string[]): Promise<VolunteerHours[]> {
    if (registrationIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(VolunteerHours, { where: { registrationId: In(registrationIds) } });
  }

  /** A unique-key error means this registration's time was counted a moment ago (a 签退 or an adjustment). */
  async insert(hours: VolunteerHours, manager: EntityManager): Promise<void> {
    await manager.insert(VolunteerHours, hours);
  }

  /**
   * Sets the counted time and what has been paid, if nobody changed the row since `revision` was read: the loser of
   * two adjustments at once re-reads and pays its own difference, never the winner's.
   */
  async claimRevision(
    change: {
      id: string;
      revision: number;
      set: Pick<VolunteerHours, 'minutes' | 'pointsPaid' | 'communityId' | 'adjustmentReason' | 'adjustedAt'>;
    },
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(VolunteerHours)
      .set({ ...change.set, revision: () => 'revision + 1' })
      .where('id = :id AND revision = :revision', { id: change.id, revision: change.revision })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async insertAdjustment(adjustment: VolunteerHourAdjustment, manager: EntityManager): Promise<void> {
    await manager.insert(VolunteerHourAdjustment, adjustment);
  }

  async findAdjustments(
    registrationId: string,
    page: { offset: number; limit: number },
  ): Promise<{ rows: AdjustmentRow[]; total: number }> {
    const [adjustments, total] = await this.dataSource.manager.findAndCount(VolunteerHourAdjustment, {
      where: { registrationId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    const actors = adjustments.length
      ? await this.dataSource.manager.find(User, {
          where: { id: In([...new Set(adjustments.map((a) => a.actorId))]) },
          select: { id: true, nickname: true },
        })
      : [];
    const names = new Map(actors.map((u) => [u.id, u.nickname]));
    return {
      rows: adjustments.map((adjustment) => ({ adjustment, actorName: names.get(adjustment.actorId) ?? '' })),
      total,
    };
  }

  /** A member's record, newest event first. */
  async findForMember(
    memberId: string,
    page: { offset: number; limit: number },
  ): Promise<{ rows: VolunteerHoursRow[]; total: number }> {
    const total = await this.dataSource.manager.count(VolunteerHours, { where: { memberId } });
    const raw = await this.rows()
      .where('h.member_id = :memberId', { memberId })
      .orderBy('h.event_starts_at', 'DESC')
      .addOrderBy('h.id', 'DESC')
      .offset(page.offset)
      .limit(page.limit)
      .getRawMany<RawRow>();
    return { rows: raw.map(toRow), total };
  }

  async totalsFor(memberId: string): Promise<VolunteerTotals> {
    const raw = await this.dataSource.manager
      .createQueryBuilder(VolunteerHours, 'h')
      .select([
        'COALESCE(SUM(h.minutes), 0) AS minutes',
        'COALESCE(SUM(h.points_paid), 0) AS points',
        'COUNT(h.id) AS count',
      ])
      .where('h.member_id = :memberId', { memberId })
      .getRawOne<{ minutes: number | string; points: number | string; count: number | string }>();
    return { minutes: Number(raw?.minutes ?? 0), points: Number(raw?.points ?? 0), count: Number(raw?.count ?? 0) };
  }

  /**
   * The lines a certificate lists: time counted (more than 0 minutes) at events of the community or its street, the
   * first `limit` by date (the caller asks one more than it prints to know there are too many).
   */
  async findForCertificate(scope: CertificateScope, limit: number): Promise<VolunteerHoursRow[]> {
    const query = this.rows()
      .where('h.member_id = :memberId AND h.minutes > 0', { memberId: scope.memberId })
      .andWhere(
        new Brackets((where) => {
          where.where('p.path LIKE :prefix', { prefix: `${scope.pathPrefix}%` });
          if (scope.ancestorIds.length)
            where.orWhere('e.place_id IN (:...ancestors)', { ancestors: scope.ancestorIds });
        }),
      );
    if (scope.from) query.andWhere('h.event_starts_at >= :from', { from: scope.from });
    if (scope.until) query.andWhere('h.event_starts_at < :until', { until: scope.until });
    const raw = await query
      .orderBy('h.event_starts_at', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .limit(limit)
      .getRawMany<RawRow>();
    return raw.map(toRow);
  }

  private rows(): SelectQueryBuilder<VolunteerHours> {
    return this.dataSource.manager
      .createQueryBuilder(VolunteerHours, 'h')
      .innerJoin(CommunityEvent, 'e', 'e.id = h.event_id')
      .innerJoin(Place, 'p', 'p.id = e.place_id')
      .leftJoin(Checkin, 'c', 'c.registration_id = h.registration_id AND c.live_key IS NOT NULL')
      .select([
        'h.id AS id',
        'h.registration_id AS registrationId',
        'h.member_id AS memberId',
        'h.event_id AS eventId',
        'e.title AS eventTitle',
        'e.venue AS venue',
        'p.name AS placeName',
        'e.starts_at AS startsAt',
        'e.ends_at AS endsAt',
        'c.scanned_at AS checkedInAt',
        'c.checked_out_at AS checkedOutAt',
        'h.minutes AS minutes',
        'h.points_paid AS pointsPaid',
        'h.adjustment_reason AS adjustmentReason',
      ]);
  }
}
