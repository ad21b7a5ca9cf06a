import { Injectable } from '@nestjs/common';
import { type EarningSource, ErrorCode, PointsSource } from '@tongxin/types';
import type { EntityManager } from 'typeorm';

import { isUniqueViolation } from '../../infra/database/db-errors';
import { newId } from '../../infra/database/ids';
import { DomainException } from '../../infra/http/domain.exception';
import { PlacesRepository } from '../places/places.repository';
import { UsersRepository } from '../users/users.repository';
import { DEFAULT_RULES } from './default-rules';
import { ALL_TIME, dayKey, monthKey } from './periods';
import { PointsRepository } from './points.repository';
import { PointsEntry } from './points-entry.entity';

export interface AwardInput {
  memberId: string;
  source: EarningSource | typeof PointsSource.StaffAward;
  sourceId: string;
  /** Unique per member: the same key pays once and returns the first result. */
  idempotencyKey: string;
  communityId: string;
  /** Rule points × units (e.g. volunteer hours); 1 by default. */
  units?: number;
  /** A fixed amount instead of the rule's points (an event's own reward, a staff award). Caps still apply. */
  points?: number;
  actorId?: string | null;
  reason?: string | null;
}

export interface SpendInput {
  memberId: string;
  amount: number;
  source: typeof PointsSource.Redemption | typeof PointsSource.Expiry;
  sourceId: string;
  idempotencyKey: string;
  communityId: string;
  actorId?: string | null;
  reason?: string | null;
}

export interface LedgerResult {
  entry: PointsEntry;
  /** False when the idempotency key had been used: `entry` is the first result. */
  created: boolean;
}

/** An award checked and made ready by `prepareAward`, paid by `awardIn`. */
export interface PreparedAward {
  input: AwardInput;
  amount: number;
  /** [period key, cap] for each cap the rule sets. */
  caps: [string, number][];
  /** Leaderboard places the award counts on. */
  boards: string[];
  month: string;
}

class DuplicateKey extends Error {}

/**
 * The points ledger: every change is one append-only entry with an idempotency key, and the balance moves in the
 * same transaction. Debits are conditional UPDATEs, so the database refuses to go below zero.
 */
@Injectable()
export class LedgerService {
  constructor(
    private readonly points: PointsRepository,
    private readonly users: UsersRepository,
    private readonly places: PlacesRepository,
  ) {}

  /** Pays a member by their community's rule for `source` (or a fixed amount), within its caps. */
  async award(input: AwardInput): Promise<LedgerResult> {
    const existing = await this.points.findEntryByKey(input.memberId, input.idempotencyKey);
    if (existing) return { entry: existing, created: false };
    const award = await this.prepareAward(input);
    return this.append(input.memberId, input.idempotencyKey, (manager) => this.awardIn(manager, award));
  }

  /**
   * What an award reads, and the counter rows it will change, made before the caller's transaction opens (a
   * query on another pooled connection from inside a transaction can starve the pool under load). Throws
   * POINTS_SOURCE_DISABLED or VALIDATION_FAILED; `awardIn` then pays it.
   */
  async prepareAward(input: AwardInput): Promise<PreparedAward> {
    const rule = input.source === PointsSource.StaffAward ? null : await this.ruleFor(input.communityId, input.source);
    if (rule && !rule.enabled) throw new DomainException(ErrorCode.PointsSourceDisabled, '该积分项目未开启');
    const amount = input.points ?? (rule ? rule.points * (input.units ?? 1) : 0);
    if (!Number.isInteger(amount) || amount <= 0) {
      throw new DomainException(ErrorCode.ValidationFailed, '积分必须为正整数', [
        { field: 'amount', problems: ['必须为正整数'] },
      ]);
    }
    const now = new Date();
    const month = monthKey(now);
    const boards = await this.boardsFor(input.memberId, input.communityId);
    const caps = rule
      ? ([
          [dayKey(now), rule.dailyCap],
          [month, rule.monthlyCap],
        ].filter(([, cap]) => cap !== null) as [string, number][])
      : [];
    await this.points.ensureAccount(input.memberId);
    for (const [period] of caps) await this.points.ensureCounter(input.memberId, input.source, period);
    for (const place of boards) {
      await this.points.ensureTally(place, ALL_TIME, input.memberId);
      await this.points.ensureTally(place, month, input.memberId);
    }
    return { input, amount, caps, boards, month };
  }

  /**
   * Pays a prepared award inside the caller's transaction: the entry, the caps, the balance, the leaderboards.
   * Throws POINTS_CAP_REACHED, or the database's unique violation when the idempotency key has paid.
   */
  async awardIn(manager: EntityManager, award: PreparedAward): Promise<PointsEntry> {
    const { input, amount } = award;
    const entry = this.entry(input, amount);
    await this.points.insertEntry(entry, manager);
    for (const [period, cap] of award.caps) {
      const withinCap = await this.points.addWithinCap(
        { memberId: input.memberId, source: input.source, periodKey: period, amount, cap },
        manager,
      );
      if (!withinCap) {
        throw new DomainException(ErrorCode.PointsCapReached, '今日（本月）该项积分已达上限');
      }
    }
    await this.points.changeBalance(input.memberId, amount, manager);
    for (const placeId of award.boards) {
      for (const periodKey of [ALL_TIME, award.month]) {
        await this.points.addToTally({ placeId, periodKey, memberId: input.memberId, amount }, manager);
      }
    }
    return entry;
  }

  /**
   * Debits a member inside the caller's transaction (e.g. a redemption that also takes stock). Throws
   * INSUFFICIENT_POINTS, and the caller's whole transaction rolls back. Call `ensureAccount` first.
   */
  async spendIn(manager: EntityManager, input: SpendInput): Promise<PointsEntry> {
    // The caller has made sure the account row exists (ensureAccount) before opening its transaction: a query on
    // another pooled connection from inside a transaction can starve the pool under load.
    const entry = this.entry({ ...input, source: input.source }, -input.amount);
    await this.points.insertEntry(entry, manager);
    if (!(await this.points.changeBalance(input.memberId, -input.amount, manager))) {
      throw new DomainException(ErrorCode.InsufficientPoints, '积分不足');
    }
    return entry;
  }

  /**
   * Takes back up to `amount` of what a source paid (volunteer hours adjusted down), inside the caller's
   * transaction, under the caller's idempotency key. The balance never goes below zero: what the member has already
   * spent stays spent, so it takes what is there and answers the entry (null when nothing could be taken). Throws
   * the database's unique violation when the key has been used; `false` from the conditional debit (a spend in
   * between) surfaces as INSUFFICIENT_POINTS, for the caller to retry.
   */
  async clawBackIn(
    manager: EntityManager,
    input: {
      memberId: string;
      amount: number;
      source: typeof PointsSource.VolunteerHours;
      sourceId: string;
      idempotencyKey: string;
      communityId: string;
      actorId: string | null;
      reason: string | null;
    },
  ): Promise<PointsEntry | null> {
    const take = Math.min(input.amount, await this.points.balanceIn(input.memberId, manager));
    if (take <= 0) return null;
    const entry = this.entry(input, -take);
    await this.points.insertEntry(entry, manager);
    if (!(await this.points.changeBalance(input.memberId, -take, manager))) {
      throw new DomainException(ErrorCode.InsufficientPoints, '积分不足');
    }
    return entry;
  }

  /** Credits back what a spend took (a cancelled or expired redemption), inside the caller's transaction. */
  async refundIn(
    manager: EntityManager,
    spent: { memberId: string; amount: number; communityId: string; sourceId: string; actorId?: string | null },
  ) {
    const entry = this.entry(
      {
        memberId: spent.memberId,
        source: PointsSource.Refund,
        sourceId: spent.sourceId,
        idempotencyKey: `refund:${spent.sourceId}`,
        communityId: spent.communityId,
        actorId: spent.actorId ?? null,
        reason: null,
      },
      spent.amount,
    );
    await this.points.insertEntry(entry, manager);
    await this.points.changeBalance(spent.memberId, spent.amount, manager);
    return entry;
  }

  /** Corrects an entry with its opposite; once per entry. */
  async reverse(entryId: string, actorId: string, reason: string): Promise<LedgerResult> {
    const original = await this.points.findEntryById(entryId);
    if (!original) throw new DomainException(ErrorCode.NotFound, '积分记录不存在');
    if (original.source === PointsSource.Reversal) throw new DomainException(ErrorCode.Conflict, '冲正记录不能再冲正');
    const key = `reversal:${original.id}`;
    const existing = await this.points.findEntryByKey(original.memberId, key);
    if (existing) return { entry: existing, created: false };
    await this.points.ensureAccount(original.memberId);
    return this.append(original.memberId, key, async (manager) => {
      const entry = this.entry(
        {
          memberId: original.memberId,
          source: PointsSource.Reversal,
          sourceId: original.id,
          idempotencyKey: key,
          communityId: original.communityId,
          actorId,
          reason,
        },
        -original.amount,
      );
      await this.points.insertEntry(entry, manager);
      if (!(await this.points.changeBalance(original.memberId, -original.amount, manager))) {
        throw new DomainException(ErrorCode.InsufficientPoints, '余额不足以冲正');
      }
      return entry;
    });
  }

  async ruleFor(communityId: string, source: EarningSource) {
    const stored = await this.points.findRule(communityId, source);
    return stored ?? { communityId, source, ...DEFAULT_RULES[source], enabled: true };
  }

  /** Runs one append in a retried transaction; a duplicate key returns the entry that got there first. */
  private async append(
    memberId: string,
    key: string,
    work: (manager: EntityManager) => Promise<PointsEntry>,
  ): Promise<LedgerResult> {
    try {
      return {
        entry: await this.points.transaction(async (manager) => {
          try {
            return await work(manager);
          } catch (error) {
            if (isUniqueViolation(error)) throw new DuplicateKey();
            throw error;
          }
        }),
        created: true,
      };
    } catch (error) {
      if (!(error instanceof DuplicateKey)) throw error;
      const first = await this.points.findEntryByKey(memberId, key);
      if (!first) throw error;
      return { entry: first, created: false };
    }
  }

  /** Leaderboards the award counts on: its community, and the member's grid when their home is in it. */
  private async boardsFor(memberId: string, communityId: string): Promise<string[]> {
    const user = await this.users.findActiveById(memberId);
    if (!user) throw new DomainException(ErrorCode.NotFound, '用户不存在');
    const home = user.homePlaceId ? await this.places.findActiveById(user.homePlaceId) : null;
    const [, community, grid] = home ? home.path.split('/') : [];
    return community === communityId && grid ? [communityId, grid] : [communityId];
  }

  private entry(input: Omit<SpendInput, 'amount' | 'source'> & { source: PointsSource }, amount: number): PointsEntry {
    return Object.assign(new PointsEntry(), {
      id: newId(),
      memberId: input.memberId,
      communityId: input.communityId,
      amount,
      source: input.source,
      sourceId: input.sourceId,
      idempotencyKey: input.idempotencyKey,
      actorId: input.actorId ?? null,
      reason: input.reason ?? null,
    });
  }
}
