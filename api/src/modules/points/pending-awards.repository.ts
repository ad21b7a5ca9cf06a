import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PendingAwardStatus } from '@tongxin/types';
import { DataSource, type EntityManager } from 'typeorm';

import { toDate } from '../../infra/database/raw';
import { inTransaction } from '../../infra/database/transaction';
import { whereWithin } from '../access/access.repository';
import { Place } from '../places/place.entity';
import { User } from '../users/user.entity';
import { PendingAward } from './pending-award.entity';

/** A pending award as lists show it, with the names of the member, the proposer and the decider. */
export interface PendingAwardRow {
  id: string;
  communityId: string;
  memberId: string;
  memberName: string | null;
  amount: number;
  reason: string;
  status: PendingAwardStatus;
  proposedBy: string;
  proposedByName: string | null;
  createdAt: Date;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
  decisionNote: string | null;
  entryId: string | null;
}

/** What the drivers return for it: SQLite gives datetimes as text, mysql2 as Date; amounts may come as text. */
type RawPendingAwardRow = Omit<PendingAwardRow, 'amount' | 'createdAt' | 'decidedAt'> & {
  amount: number | string;
  createdAt: Date | string;
  decidedAt: Date | string | null;
};

export interface PendingAwardFilter {
  /** One award by id; otherwise a page of those inside `scopes`. */
  id?: string;
  scopes?: string[];
  status?: PendingAwardStatus;
  offset: number;
  limit: number;
}

/** How a decision moves one pending award: only from pending, and never by its proposer or its member. */
export interface PendingAwardDecision {
  id: string;
  to: typeof PendingAwardStatus.Approved | typeof PendingAwardStatus.Rejected;
  decidedBy: string;
  decisionNote?: string | null;
}

@Injectable()
export class PendingAwardsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  /** A unique-key error means this proposer already used this Idempotency-Key. */
  async insert(award: PendingAward, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(PendingAward, award);
  }

  findById(id: string): Promise<PendingAward | null> {
    return this.dataSource.manager.findOne(PendingAward, { where: { id } });
  }

  findByKey(proposedBy: string, idempotencyKey: string): Promise<PendingAward | null> {
    return this.dataSource.manager.findOne(PendingAward, { where: { proposedBy, idempotencyKey } });
  }

  /** Settles a pending award once: false when it was decided already, or the decider is its proposer or member. */
  async decide(decision: PendingAwardDecision, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(PendingAward)
      .set({
        status: decision.to,
        decidedBy: decision.decidedBy,
        decidedAt: new Date(),
        decisionNote: decision.decisionNote ?? null,
      })
      .where('id = :id AND status = :pending AND proposed_by <> :me AND member_id <> :me', {
        id: decision.id,
        pending: PendingAwardStatus.Pending,
        me: decision.decidedBy,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async setEntry(id: string, entryId: string, manager: EntityManager): Promise<void> {
    await manager.update(PendingAward, { id }, { entryId });
  }

  /** Newest first, scoped by the member's home place when `scopes` is given. */
  async find(filter: PendingAwardFilter): Promise<{ rows: PendingAwardRow[]; total: number }> {
    const query = this.dataSource.manager
      .createQueryBuilder(PendingAward, 'a')
      .innerJoin(Place, 'pl', 'pl.id = a.place_id')
      .leftJoin(User, 'm', 'm.id = a.member_id')
      .leftJoin(User, 'p', 'p.id = a.proposed_by')
      .leftJoin(User, 'd', 'd.id = a.decided_by');
    if (filter.id) query.andWhere('a.id = :id', { id: filter.id });
    if (filter.scopes) whereWithin(query, 'pl.path', filter.scopes);
    if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
    const total = await query.clone().getCount();
    const raw = await query
      .select([
        'a.id AS id',
        'a.community_id AS communityId',
        'a.member_id AS memberId',
        'm.nickname AS memberName',
        'a.amount AS amount',
        'a.reason AS reason',
        'a.status AS status',
        'a.proposed_by AS proposedBy',
        'p.nickname AS proposedByName',
        'a.created_at AS createdAt',
        'a.decided_by AS decidedBy',
        'd.nickname AS decidedByName',
        'a.decided_at AS decidedAt',
        'a.decision_note AS decisionNote',
        'a.entry_id AS entryId',
      ])
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .offset(filter.offset)
      .limit(filter.limit)
      .getRawMany<RawPendingAwardRow>();
    const rows = raw.map((r) => ({
      ...r,
      amount: Number(r.amount),
      createdAt: toDate(r.createdAt),
      decidedAt: r.decidedAt ? toDate(r.decidedAt) : null,
    }));
    return { rows, total };
  }
}
