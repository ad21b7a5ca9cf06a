import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FlaggableKind, type HonourKind, HonourStatus } from '@tongxin/types';
import { DataSource } from 'typeorm';

import { toDate } from '../../infra/database/raw';
import { seenByOthers } from '../moderation/moderation.repository';
import { PlaceUnit } from '../places/place-unit.entity';
import { User } from '../users/user.entity';
import { Honour } from './honour.entity';

/** An honour as lists show it: `name` is the member's nickname or the business's name (null when neither is found). */
export interface HonourRow {
  id: string;
  communityId: string;
  kind: HonourKind;
  name: string | null;
  citation: string;
  status: HonourStatus;
  publishedFrom: Date | null;
  publishedUntil: Date | null;
  nominatedBy: string;
  approvedBy: string | null;
  createdAt: Date;
}

/** What the drivers return for it: SQLite gives datetimes as text, mysql2 as Date. */
type RawHonourRow = Omit<HonourRow, 'publishedFrom' | 'publishedUntil' | 'createdAt'> & {
  publishedFrom: Date | string | null;
  publishedUntil: Date | string | null;
  createdAt: Date | string;
};

function fromRaw(raw: RawHonourRow): HonourRow {
  return {
    ...raw,
    publishedFrom: raw.publishedFrom ? toDate(raw.publishedFrom) : null,
    publishedUntil: raw.publishedUntil ? toDate(raw.publishedUntil) : null,
    createdAt: toDate(raw.createdAt),
  };
}

@Injectable()
export class HonoursRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(honour: Honour): Promise<void> {
    await this.dataSource.manager.insert(Honour, honour);
  }

  findById(id: string) {
    return this.dataSource.manager.findOne(Honour, { where: { id } });
  }

  /** Moves an honour between states if it is still in `from`; the approver must not be the nominator. */
  async transition(change: {
    id: string;
    from: HonourStatus;
    fields: Partial<Honour>;
    notNominatedBy?: string;
  }): Promise<boolean> {
    const query = this.dataSource.manager
      .createQueryBuilder()
      .update(Honour)
      .set(change.fields)
      .where('id = :id AND status = :from', { id: change.id, from: change.from });
    if (change.notNominatedBy) query.andWhere('nominated_by <> :me', { me: change.notNominatedBy });
    return ((await query.execute()).affected ?? 0) === 1;
  }

  async archiveEnded(now: Date): Promise<number> {
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(Honour)
      .set({ status: HonourStatus.Archived })
      .where('status = :published AND published_until <= :now', { published: HonourStatus.Published, now })
      .execute();
    return result.affected ?? 0;
  }

  findBusinessUnit(id: string) {
    return this.dataSource.manager.findOne(PlaceUnit, { where: { id } });
  }

  async find(
    where: { id?: string; communityId?: string; status?: HonourStatus; now?: Date },
    offset: number,
    limit: number,
  ): Promise<{ rows: HonourRow[]; total: number }> {
    const query = this.dataSource.manager
      .createQueryBuilder(Honour, 'h')
      .leftJoin(User, 'u', 'u.id = h.member_id')
      .leftJoin(PlaceUnit, 'b', 'b.id = h.business_unit_id')
      .where('1 = 1');
    if (where.id) query.andWhere('h.id = :id', { id: where.id });
    if (where.communityId) query.andWhere('h.community_id = :communityId', { communityId: where.communityId });
    if (where.status) query.andWhere('h.status = :status', { status: where.status });
    // Published means "and not past its period", even before the archive sweep has run.
    if (where.now) {
      // The public board: what is published now and not held or hidden by moderation.
      query.andWhere('h.published_until > :now', { now: where.now });
      query.andWhere(seenByOthers(FlaggableKind.Honour, 'h.id'));
    }
    const total = await query.clone().getCount();
    const rows = await query
      .select([
        'h.id AS id',
        'h.community_id AS communityId',
        'h.kind AS kind',
        'COALESCE(u.nickname, b.name) AS name',
        'h.citation AS citation',
        'h.status AS status',
        'h.published_from AS publishedFrom',
        'h.published_until AS publishedUntil',
        'h.nominated_by AS nominatedBy',
        'h.approved_by AS approvedBy',
        'h.created_at AS createdAt',
      ])
      .orderBy('h.created_at', 'DESC')
      .addOrderBy('h.id', 'DESC')
      .offset(offset)
      .limit(limit)
      .getRawMany<RawHonourRow>();
    return { rows: rows.map(fromRaw), total };
  }
}
