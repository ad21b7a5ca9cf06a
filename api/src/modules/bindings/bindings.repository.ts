import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BindingStatus } from '@tongxin/types';
import { DataSource, type EntityManager } from 'typeorm';

import { toDate } from '../../infra/database/raw';
import { inTransaction } from '../../infra/database/transaction';
import { whereWithin } from '../access/access.repository';
import { Place } from '../places/place.entity';
import { User } from '../users/user.entity';
import { ResidenceBinding } from './residence-binding.entity';

/** A binding with its member's nickname and (encrypted) phone and its building's name. */
export interface BindingRow {
  id: string;
  userId: string;
  nickname: string;
  phoneCipher: string | null;
  buildingId: string;
  buildingName: string;
  household: string;
  status: BindingStatus;
  reason: string | null;
  createdAt: Date;
}

/** SQLite gives datetimes as text, mysql2 as Date. */
type RawBindingRow = Omit<BindingRow, 'createdAt'> & { createdAt: Date | string };

const fromRaw = (raw: RawBindingRow): BindingRow => ({ ...raw, createdAt: toDate(raw.createdAt) });

const SELECT = [
  'b.id AS id',
  'b.user_id AS userId',
  'u.nickname AS nickname',
  'u.phone_cipher AS phoneCipher',
  'b.building_id AS buildingId',
  'p.name AS buildingName',
  'b.household AS household',
  'b.status AS status',
  'b.reason AS reason',
  'b.created_at AS createdAt',
];

@Injectable()
export class BindingsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  /** Inserts a pending binding; a unique-key error means the member already has a live one. */
  async insert(row: ResidenceBinding, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(ResidenceBinding, row);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<ResidenceBinding | null> {
    return manager.findOne(ResidenceBinding, { where: { id } });
  }

  async findLiveForUser(userId: string, manager: EntityManager = this.dataSource.manager): Promise<BindingRow | null> {
    const row = await this.base(manager).where('b.active_key = :userId', { userId }).getRawOne<RawBindingRow>();
    return row ? fromRaw(row) : null;
  }

  /** Bindings in `status` on buildings inside `scopes`, oldest first (a review queue). */
  async findWithin({
    scopes,
    status,
    offset,
    limit,
  }: {
    scopes: string[];
    status: BindingStatus;
    offset: number;
    limit: number;
  }): Promise<{ rows: BindingRow[]; total: number }> {
    const query = this.base(this.dataSource.manager).where('b.status = :status', { status });
    whereWithin(query, 'p.path', scopes);
    const total = await query.clone().getCount();
    const rows = await query
      .orderBy('b.created_at', 'ASC')
      .addOrderBy('b.id', 'ASC')
      .offset(offset)
      .limit(limit)
      .getRawMany<RawBindingRow>();
    return { rows: rows.map(fromRaw), total };
  }

  /** Moves a binding from one status to another if it is still in `from`; true for the one caller that did. */
  async transition(
    {
      id,
      from,
      to,
      reviewedBy,
      reason,
    }: { id: string; from: BindingStatus; to: BindingStatus; reviewedBy: string | null; reason: string | null },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const live = to === BindingStatus.Pending || to === BindingStatus.Verified;
    const result = await manager
      .createQueryBuilder()
      .update(ResidenceBinding)
      .set({
        status: to,
        reason,
        reviewedBy,
        reviewedAt: new Date(),
        ...(live ? {} : { activeKey: null }),
      })
      .where('id = :id AND status = :from', { id, from })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async withdrawLiveForUser(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(ResidenceBinding)
      .set({ status: BindingStatus.Withdrawn, activeKey: null })
      .where('active_key = :userId', { userId })
      .execute();
  }

  private base(manager: EntityManager) {
    return manager
      .createQueryBuilder(ResidenceBinding, 'b')
      .innerJoin(Place, 'p', 'p.id = b.building_id')
      .innerJoin(User, 'u', 'u.id = b.user_id')
      .select(SELECT);
  }
}
