import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationStatus } from '@tongxin/types';
import { DataSource, type EntityManager } from 'typeorm';

import { toDate } from '../../infra/database/raw';
import { inTransaction } from '../../infra/database/transaction';
import { whereWithin } from '../access/access.repository';
import { Place } from '../places/place.entity';
import { User } from '../users/user.entity';
import { RiderApplication } from './rider-application.entity';

/** An application with the rider's nickname and (encrypted) phone and the community's name. */
export interface RiderApplicationRow {
  id: string;
  userId: string;
  nickname: string;
  phoneCipher: string | null;
  platform: RiderApplication['platform'];
  communityId: string;
  communityName: string;
  gridIds: string[];
  statement: string;
  status: ApplicationStatus;
  reason: string | null;
  createdAt: Date;
  reviewedAt: Date | null;
}

/** A raw select does not run the simple-json transformer: grid ids come as JSON text; SQLite gives datetimes as text. */
type RawRiderApplicationRow = Omit<RiderApplicationRow, 'gridIds' | 'createdAt' | 'reviewedAt'> & {
  gridIds: string;
  createdAt: Date | string;
  reviewedAt: Date | string | null;
};

function fromRaw(raw: RawRiderApplicationRow): RiderApplicationRow {
  return {
    ...raw,
    gridIds: JSON.parse(raw.gridIds) as string[],
    createdAt: toDate(raw.createdAt),
    reviewedAt: raw.reviewedAt ? toDate(raw.reviewedAt) : null,
  };
}

@Injectable()
export class RiderApplicationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  /** A unique-key error means the member already has a pending application. */
  async insert(row: RiderApplication, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(RiderApplication, row);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<RiderApplication | null> {
    return manager.findOne(RiderApplication, { where: { id } });
  }

  async findOne(id: string): Promise<RiderApplicationRow | null> {
    const row = await this.base().where('a.id = :id', { id }).getRawOne<RawRiderApplicationRow>();
    return row ? fromRaw(row) : null;
  }

  async findForUser(
    userId: string,
    offset: number,
    limit: number,
  ): Promise<{ rows: RiderApplicationRow[]; total: number }> {
    const query = this.base().where('a.user_id = :userId', { userId });
    const total = await query.clone().getCount();
    const rows = await query
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .offset(offset)
      .limit(limit)
      .getRawMany<RawRiderApplicationRow>();
    return { rows: rows.map(fromRaw), total };
  }

  async findWithin({
    scopes,
    status,
    offset,
    limit,
  }: {
    scopes: string[];
    status: ApplicationStatus;
    offset: number;
    limit: number;
  }): Promise<{ rows: RiderApplicationRow[]; total: number }> {
    const query = this.base().where('a.status = :status', { status });
    whereWithin(query, 'p.path', scopes);
    const total = await query.clone().getCount();
    const rows = await query
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .offset(offset)
      .limit(limit)
      .getRawMany<RawRiderApplicationRow>();
    return { rows: rows.map(fromRaw), total };
  }

  /** Moves an application from `from` to `to` if it is still there; true for the one caller that did. */
  async transition(
    {
      id,
      from,
      to,
      reviewedBy,
      reason,
    }: { id: string; from: ApplicationStatus; to: ApplicationStatus; reviewedBy: string | null; reason: string | null },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(RiderApplication)
      .set({
        status: to,
        pendingKey: null,
        reviewedBy,
        reason,
        reviewedAt: new Date(),
      })
      .where('id = :id AND status = :from', { id, from })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async withdrawPendingForUser(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(RiderApplication)
      .set({ status: ApplicationStatus.Withdrawn, pendingKey: null })
      .where('pending_key = :userId', { userId })
      .execute();
  }

  private base() {
    return this.dataSource.manager
      .createQueryBuilder(RiderApplication, 'a')
      .innerJoin(Place, 'p', 'p.id = a.community_id')
      .innerJoin(User, 'u', 'u.id = a.user_id')
      .select([
        'a.id AS id',
        'a.user_id AS userId',
        'u.nickname AS nickname',
        'u.phone_cipher AS phoneCipher',
        'a.platform AS platform',
        'a.community_id AS communityId',
        'p.name AS communityName',
        'a.grid_ids AS gridIds',
        'a.statement AS statement',
        'a.status AS status',
        'a.reason AS reason',
        'a.created_at AS createdAt',
        'a.reviewed_at AS reviewedAt',
      ]);
  }
}
