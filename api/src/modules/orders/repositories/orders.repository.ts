import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type EscalationLevel, FlaggableKind, type OrderStatus } from '@tongxin/types';
import { Between, DataSource, type EntityManager, In, LessThan } from 'typeorm';

import { insertUnlessPresent } from '../../../infra/database/db-errors';
import { newId } from '../../../infra/database/ids';
import { toDate } from '../../../infra/database/raw';
import { inTransaction } from '../../../infra/database/transaction';
import { whereWithin } from '../../access/access.repository';
import { seenByOthers } from '../../moderation/moderation.repository';
import { Photo } from '../../photos/photo.entity';
import { Place } from '../../places/place.entity';
import { User } from '../../users/user.entity';
import { FollowUp } from '../entities/follow-up.entity';
import { GridOrder } from '../entities/grid-order.entity';
import { HandlerLoad } from '../entities/handler-load.entity';
import { HandlerMonth } from '../entities/handler-month.entity';
import { OrderHistory } from '../entities/order-history.entity';
import { LIVE_STATUSES, type OrderStepName } from '../order-states';

/** A conditional move of one order: it happens only if the order is still as the caller saw it. */
export interface OrderTransition {
  orderId: string;
  from: readonly OrderStatus[];
  set: Partial<GridOrder>;
  /** The handler the caller saw: none (an open order) is IS NULL, which `= NULL` never matches. */
  heldBy?: string | null;
  deadlineBefore?: Date;
  claimedBefore?: Date;
  /** No promised time, or one before this (a claim for later is not released before its promise). */
  promisedBefore?: Date;
}

/** One level up, if the order is still at `from` with the deadline it had when the sweep read it. */
export interface OrderEscalation {
  orderId: string;
  from: EscalationLevel;
  to: EscalationLevel;
  deadlineWas: Date;
  deadline: Date;
}

/** One step of an order's history: who, what, between which states, with a note. */
export interface OrderStep {
  orderId: string;
  action: OrderStepName;
  from: OrderStatus | null;
  to: OrderStatus;
  actorId: string | null;
  note: string | null;
  /** When it happened, if not now (an order's creation shares its report's time). */
  at?: Date;
  /** A step out of a timed state: whether the deadline had passed (see `lateAgainst`). */
  late?: boolean | null;
}

/** Whether a step at `at` out of a state with `deadline` came late; null when the state had no deadline. */
export function lateAgainst(deadline: Date | null, at: Date): boolean | null {
  return deadline ? at.getTime() > deadline.getTime() : null;
}

/** One entry of an order's timeline with the actor's nickname. */
export interface OrderHistoryRow {
  id: string;
  action: string;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus;
  actorNickname: string | null;
  note: string | null;
  createdAt: Date;
}

type OrderHistoryLine = Omit<OrderHistoryRow, 'createdAt'> & { createdAt: Date | string };

/** Grid orders, their history, handlers' loads and follow-ups after poor ratings. */
@Injectable()
export class OrdersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  async insertOrder(order: GridOrder, manager: EntityManager): Promise<void> {
    await manager.insert(GridOrder, order);
  }

  findOrder(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(GridOrder, { where: { id } });
  }

  /** Moves an order if it is still where the caller saw it; true for the one caller that did it. */
  async transition(change: OrderTransition, manager: EntityManager): Promise<boolean> {
    const query = manager
      .createQueryBuilder()
      .update(GridOrder)
      .set(change.set)
      .where('id = :id AND status IN (:...from)', { id: change.orderId, from: change.from });
    if (change.heldBy === null) query.andWhere('handler_id IS NULL');
    else if (change.heldBy !== undefined) query.andWhere('handler_id = :handlerId', { handlerId: change.heldBy });
    if (change.deadlineBefore) query.andWhere('deadline_at < :deadline', { deadline: change.deadlineBefore });
    if (change.claimedBefore) query.andWhere('claimed_at < :claimed', { claimed: change.claimedBefore });
    if (change.promisedBefore) {
      query.andWhere('(promised_at IS NULL OR promised_at < :promised)', { promised: change.promisedBefore });
    }
    return ((await query.execute()).affected ?? 0) === 1;
  }

  async escalate(change: OrderEscalation, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(GridOrder)
      .set({ escalation: change.to, deadlineAt: change.deadline })
      .where('id = :id AND escalation = :from AND deadline_at = :oldDeadline AND status IN (:...live)', {
        id: change.orderId,
        from: change.from,
        oldDeadline: change.deadlineWas,
        live: LIVE_STATUSES,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  ensureLoad(userId: string): Promise<void> {
    return insertUnlessPresent(this.dataSource.manager, HandlerLoad, { userId, active: 0 });
  }

  /** One more active order for the handler unless that passes `cap` (null: no cap, e.g. a reopened order). */
  async loadUp(userId: string, cap: number | null, manager: EntityManager): Promise<boolean> {
    const query = manager
      .createQueryBuilder()
      .update(HandlerLoad)
      .set({ active: () => 'active + 1' })
      .where('user_id = :userId', { userId });
    if (cap !== null) query.andWhere('active < :cap', { cap });
    return ((await query.execute()).affected ?? 0) === 1;
  }

  async loadDown(userId: string, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(HandlerLoad)
      .set({ active: () => 'active - 1' })
      .where('user_id = :userId AND active > 0', { userId })
      .execute();
  }

  /** The handler's row for the month, created outside the transaction that adds to it. */
  ensureMonth(handlerId: string, periodKey: string): Promise<void> {
    return insertUnlessPresent(this.dataSource.manager, HandlerMonth, {
      handlerId,
      periodKey,
      finished: 0,
      onTime: 0,
      ratingSum: 0,
      ratingCount: 0,
    });
  }

  /** Adds a first finish (on time or not) or a rating to the handler's month, in the step's transaction. */
  async addToMonth(
    add: { handlerId: string; periodKey: string } & ({ finished: 1; onTime: 0 | 1 } | { rating: number }),
    manager: EntityManager,
  ): Promise<void> {
    const set =
      'rating' in add
        ? { ratingSum: () => 'rating_sum + :rating', ratingCount: () => 'rating_count + 1' }
        : { finished: () => 'finished + 1', onTime: () => 'on_time + :onTime' };
    await manager
      .createQueryBuilder()
      .update(HandlerMonth)
      .set(set)
      .where('handler_id = :handlerId AND period_key = :periodKey', add)
      .setParameters(add)
      .execute();
  }

  findMonth(handlerId: string, periodKey: string): Promise<HandlerMonth | null> {
    return this.dataSource.manager.findOne(HandlerMonth, { where: { handlerId, periodKey } });
  }

  /** Orders whose deadline ran out: escalations due, finished orders awaiting confirmation. */
  findDue(due: { statuses: readonly OrderStatus[]; before: Date; limit: number }): Promise<GridOrder[]> {
    return this.dataSource.manager.find(GridOrder, {
      where: { status: In(due.statuses), deadlineAt: LessThan(due.before) },
      order: { deadlineAt: 'ASC' },
      take: due.limit,
    });
  }

  /**
   * Claims not started in time, oldest first: claimed before `cutoff` and, when grabbed for later (稍后上门), promised
   * before it too.
   */
  findStaleClaims(stale: { cutoff: Date; limit: number }): Promise<GridOrder[]> {
    return this.dataSource.manager
      .createQueryBuilder(GridOrder, 'o')
      .where('o.status = :claimed AND o.claimed_at < :cutoff', { claimed: 'claimed', cutoff: stale.cutoff })
      .andWhere('(o.promised_at IS NULL OR o.promised_at < :cutoff)')
      .orderBy('o.claimed_at', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(stale.limit)
      .getMany();
  }

  /** Open orders whose deadline falls between `from` and `to` (about to expire unclaimed), soonest first. */
  findOpenExpiring(range: { from: Date; to: Date; limit: number }): Promise<GridOrder[]> {
    return this.dataSource.manager.find(GridOrder, {
      where: { status: 'open' as OrderStatus, deadlineAt: Between(range.from, range.to) },
      order: { deadlineAt: 'ASC' },
      take: range.limit,
    });
  }

  findOrderOfReport(reportId: string): Promise<GridOrder | null> {
    return this.dataSource.manager.findOne(GridOrder, { where: { reportId } });
  }

  /** How many orders wait in a grid's hall. */
  /** Open orders a grid member can see in the hall now: a held or hidden report's order is not waiting for them. */
  countOpenInGrid(gridId: string): Promise<number> {
    return this.dataSource.manager
      .createQueryBuilder(GridOrder, 'o')
      .where('o.grid_id = :gridId AND o.status = :open', { gridId, open: 'open' })
      .andWhere(seenByOthers(FlaggableKind.Report, 'o.report_id'))
      .getCount();
  }

  /** Writes one step of an order's timeline; photos attach to the returned id. */
  async insertHistory(step: OrderStep, manager: EntityManager): Promise<string> {
    const id = newId();
    await manager.insert(
      OrderHistory,
      Object.assign(new OrderHistory(), {
        id,
        orderId: step.orderId,
        action: step.action,
        fromStatus: step.from,
        toStatus: step.to,
        actorId: step.actorId,
        note: step.note,
        late: step.late ?? null,
        createdAt: step.at ?? new Date(),
      }),
    );
    return id;
  }

  async findHistory(orderId: string): Promise<OrderHistoryRow[]> {
    const lines = await this.dataSource.manager
      .createQueryBuilder(OrderHistory, 'e')
      .leftJoin(User, 'u', 'u.id = e.actor_id')
      .select([
        'e.id AS id',
        'e.action AS action',
        'e.from_status AS fromStatus',
        'e.to_status AS toStatus',
        'u.nickname AS actorNickname',
        'e.note AS note',
        'e.created_at AS createdAt',
      ])
      .where('e.order_id = :orderId', { orderId })
      .orderBy('e.created_at', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .getRawMany<OrderHistoryLine>();
    return lines.map((line) => ({
      id: line.id,
      action: line.action,
      fromStatus: line.fromStatus ?? null,
      toStatus: line.toStatus,
      actorNickname: line.actorNickname ?? null,
      note: line.note ?? null,
      createdAt: toDate(line.createdAt),
    }));
  }

  /** The order a timeline entry belongs to. */
  async findOrderOfHistory(historyId: string): Promise<string | null> {
    const row = await this.dataSource.manager.findOne(OrderHistory, {
      where: { id: historyId },
      select: { orderId: true },
    });
    return row?.orderId ?? null;
  }

  /** The photos of history entries (a handler's proof, a resident's "not fixed"), oldest first. */
  findPhotosAttachedTo(ids: string[]): Promise<Photo[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(Photo, {
      where: { attachedTo: In(ids) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async insertFollowUp(row: FollowUp, manager: EntityManager): Promise<void> {
    await manager.insert(FollowUp, row);
  }

  async findFollowUps(page: { scopes: string[]; status: 'open' | 'done'; offset: number; limit: number }) {
    const query = this.dataSource.manager
      .createQueryBuilder(FollowUp, 'f')
      .innerJoin(Place, 'p', 'p.id = f.community_id')
      .where('f.status = :status', { status: page.status });
    whereWithin(query, 'p.path', page.scopes);
    const total = await query.clone().getCount();
    const rows = await query
      .orderBy('f.created_at', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .offset(page.offset)
      .limit(page.limit)
      .getMany();
    return { rows, total };
  }

  async closeFollowUp(id: string): Promise<boolean> {
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(FollowUp)
      .set({ status: 'done', doneAt: new Date() })
      .where('id = :id AND status = :open', { id, open: 'open' })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
