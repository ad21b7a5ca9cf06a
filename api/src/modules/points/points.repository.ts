import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type EarningSource, PlaceLevel, type PointsSource } from '@tongxin/types';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';

import { insertUnlessPresent } from '../../infra/database/db-errors';
import { queryRaw } from '../../infra/database/raw';
import { inTransaction } from '../../infra/database/transaction';
import { Place } from '../places/place.entity';
import { User } from '../users/user.entity';
import { ALL_TIME } from './periods';
import { PointsAccount } from './points-account.entity';
import { PointsCapCounter } from './points-cap-counter.entity';
import { PointsEntry } from './points-entry.entity';
import { PointsRule } from './points-rule.entity';
import { PointsTally } from './points-tally.entity';

/** One member on a leaderboard. */
export interface BoardEntryRow {
  memberId: string;
  nickname: string;
  points: number;
}

export interface DriftedMemberRow {
  memberId: string;
  nickname: string;
  homeName: string | null;
  balance: number;
  ledgerSum: number;
}

/** How many members have a balance or entries, and those whose balance is not the sum of their entries. */
export interface DriftRow {
  members: number;
  drifted: { memberId: string; balance: number; ledgerSum: number }[];
}

@Injectable()
export class PointsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  /** Rows the conditional updates need, created outside the transactions that update them. */
  private ensure<T extends ObjectLiteral>(entity: EntityTarget<T>, row: T): Promise<void> {
    return insertUnlessPresent(this.dataSource.manager, entity, row);
  }

  ensureAccount(memberId: string) {
    return this.ensure(PointsAccount, Object.assign(new PointsAccount(), { memberId, balance: 0 }));
  }

  ensureCounter(memberId: string, source: PointsSource, periodKey: string) {
    return this.ensure(
      PointsCapCounter,
      Object.assign(new PointsCapCounter(), { memberId, source, periodKey, total: 0 }),
    );
  }

  ensureTally(placeId: string, periodKey: string, memberId: string) {
    return this.ensure(PointsTally, Object.assign(new PointsTally(), { placeId, periodKey, memberId, points: 0 }));
  }

  /** A unique-key error means this member already used this idempotency key. */
  async insertEntry(entry: PointsEntry, manager: EntityManager): Promise<void> {
    await manager.insert(PointsEntry, entry);
  }

  findEntryByKey(memberId: string, idempotencyKey: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(PointsEntry, { where: { memberId, idempotencyKey } });
  }

  findEntryById(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(PointsEntry, { where: { id } });
  }

  /** Adds `amount` (may be negative) to the balance; a debit that would go below zero changes nothing. */
  async changeBalance(memberId: string, amount: number, manager: EntityManager): Promise<boolean> {
    const query = manager
      .createQueryBuilder()
      .update(PointsAccount)
      .set({ balance: () => 'balance + :amount' })
      .where('member_id = :memberId', { memberId, amount });
    if (amount < 0) query.andWhere('balance >= :needed', { needed: -amount });
    const result = await query.execute();
    return (result.affected ?? 0) === 1;
  }

  /** Adds to a cap counter unless that would pass `cap`; false when the cap is reached. */
  async addWithinCap(
    {
      memberId,
      source,
      periodKey,
      amount,
      cap,
    }: {
      memberId: string;
      source: PointsSource;
      periodKey: string;
      amount: number;
      cap: number;
    },
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(PointsCapCounter)
      .set({ total: () => 'total + :amount' })
      .where('member_id = :memberId AND source = :source AND period_key = :periodKey AND total + :amount <= :cap', {
        memberId,
        source,
        periodKey,
        amount,
        cap,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async addToTally(
    { placeId, periodKey, memberId, amount }: { placeId: string; periodKey: string; memberId: string; amount: number },
    manager: EntityManager,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(PointsTally)
      .set({ points: () => 'points + :amount' })
      .where('place_id = :placeId AND period_key = :periodKey AND member_id = :memberId', {
        placeId,
        periodKey,
        memberId,
        amount,
      })
      .execute();
  }

  /** The balance as the caller's transaction sees it. */
  async balanceIn(memberId: string, manager: EntityManager): Promise<number> {
    const account = await manager.findOne(PointsAccount, { where: { memberId } });
    return account?.balance ?? 0;
  }

  async findBalance(memberId: string): Promise<number> {
    const account = await this.dataSource.manager.findOne(PointsAccount, { where: { memberId } });
    return account?.balance ?? 0;
  }

  async findEntries(memberId: string, offset: number, limit: number) {
    const [rows, total] = await this.dataSource.manager.findAndCount(PointsEntry, {
      where: { memberId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: limit,
    });
    return { rows, total };
  }

  findRule(communityId: string, source: EarningSource, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(PointsRule, { where: { communityId, source } });
  }

  findRules(communityId: string) {
    return this.dataSource.manager.find(PointsRule, { where: { communityId } });
  }

  async saveRule(rule: PointsRule): Promise<void> {
    await this.dataSource.manager.save(PointsRule, rule);
  }

  /** Points the member earned in the period, from the tallies of their communities (a grid's board repeats them). */
  async earnedIn(memberId: string, periodKey: string): Promise<number> {
    const row = await this.dataSource.manager
      .createQueryBuilder(PointsTally, 't')
      .innerJoin(Place, 'p', 'p.id = t.place_id AND p.level = :community', { community: PlaceLevel.Community })
      .select('COALESCE(SUM(t.points), 0)', 'points')
      .where('t.member_id = :memberId AND t.period_key = :periodKey', { memberId, periodKey })
      .getRawOne<{ points: number | string }>();
    return Number(row?.points ?? 0);
  }

  findTally(placeId: string, periodKey: string, memberId: string) {
    return this.dataSource.manager.findOne(PointsTally, { where: { placeId, periodKey, memberId } });
  }

  /** The top of a board, read through the (place, period, points) index. */
  async findTop(placeId: string, periodKey: string, limit: number): Promise<BoardEntryRow[]> {
    const rows = await this.dataSource.manager
      .createQueryBuilder(PointsTally, 't')
      .innerJoin(User, 'u', 'u.id = t.member_id')
      .select(['t.member_id AS memberId', 'u.nickname AS nickname', 't.points AS points'])
      .where('t.place_id = :placeId AND t.period_key = :periodKey AND t.points > 0', { placeId, periodKey })
      .orderBy('t.points', 'DESC')
      .addOrderBy('t.member_id', 'ASC')
      .limit(limit)
      .getRawMany<Omit<BoardEntryRow, 'points'> & { points: number | string }>();
    return rows.map((row) => ({ ...row, points: Number(row.points) }));
  }

  /** Members ahead of `points` on a board (rank = this + 1). */
  countAhead(placeId: string, periodKey: string, points: number): Promise<number> {
    return this.dataSource.manager
      .createQueryBuilder(PointsTally, 't')
      .where('t.place_id = :placeId AND t.period_key = :periodKey AND t.points > :points', {
        placeId,
        periodKey,
        points,
      })
      .getCount();
  }

  /** Every balance against the sum of its member's entries (one grouped pass over the ledger). */
  /**
   * Members of a community — living there, or paid there (an all-time tally) — whose balance is not the sum of their
   * whole ledger (a balance is one number across communities), by nickname; and how many members were checked.
   */
  async findDriftIn(filter: {
    communityId: string;
    communityPath: string;
    offset: number;
    limit: number;
  }): Promise<{ members: number; rows: DriftedMemberRow[]; total: number }> {
    const manager = this.dataSource.manager;
    const members = `FROM users u
      LEFT JOIN places h ON h.id = u.home_place_id
      LEFT JOIN points_accounts a ON a.member_id = u.id
      WHERE (h.path LIKE :path OR EXISTS (
        SELECT 1 FROM points_tallies t WHERE t.place_id = :communityId AND t.period_key = :allTime AND t.member_id = u.id
      ))`;
    const ledger = '(SELECT COALESCE(SUM(e.amount), 0) FROM points_entries e WHERE e.member_id = u.id)';
    const drifted = `${members} AND COALESCE(a.balance, 0) <> ${ledger}`;
    const params = { path: `${filter.communityPath}%`, communityId: filter.communityId, allTime: ALL_TIME };
    const [checked] = await queryRaw<{ n: number | string }>(manager, `SELECT COUNT(*) AS n ${members}`, params);
    const [total] = await queryRaw<{ n: number | string }>(manager, `SELECT COUNT(*) AS n ${drifted}`, params);
    const rows = await queryRaw<{
      memberId: string;
      nickname: string;
      homeName: string | null;
      balance: number | string | null;
      ledgerSum: number | string;
    }>(
      manager,
      `SELECT u.id AS memberId, u.nickname AS nickname, h.name AS homeName, a.balance AS balance, ${ledger} AS ledgerSum
      ${drifted} ORDER BY u.nickname, u.id LIMIT :limit OFFSET :offset`,
      { ...params, limit: filter.limit, offset: filter.offset },
    );
    return {
      members: Number(checked?.n ?? 0),
      total: Number(total?.n ?? 0),
      rows: rows.map((r) => ({ ...r, balance: Number(r.balance ?? 0), ledgerSum: Number(r.ledgerSum) })),
    };
  }

  async findDrift(): Promise<DriftRow> {
    const sums = await this.dataSource.manager
      .createQueryBuilder(PointsEntry, 'e')
      .select(['e.member_id AS memberId', 'SUM(e.amount) AS total'])
      .groupBy('e.member_id')
      .getRawMany<{ memberId: string; total: number | string }>();
    const accounts = await this.dataSource.manager.find(PointsAccount);
    const ledger = new Map(sums.map((s) => [s.memberId, Number(s.total)]));
    const members = new Set([...ledger.keys(), ...accounts.map((a) => a.memberId)]);
    const balances = new Map(accounts.map((a) => [a.memberId, a.balance]));
    const drifted = [...members]
      .map((memberId) => ({ memberId, balance: balances.get(memberId) ?? 0, ledgerSum: ledger.get(memberId) ?? 0 }))
      .filter((m) => m.balance !== m.ledgerSum);
    return { members: members.size, drifted };
  }
}
