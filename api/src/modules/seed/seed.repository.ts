import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type EntityTarget, In, Not, type ObjectLiteral } from 'typeorm';

import { inTransaction } from '../../infra/database/transaction';
import { RoleGrant } from '../access/role-grant.entity';
import { CareRecord } from '../care/entities/care-record.entity';
import { Checkin } from '../events/checkin.entity';
import { CommunityEvent } from '../events/event.entity';
import { GridOrder } from '../orders/entities/grid-order.entity';
import { OrderHistory } from '../orders/entities/order-history.entity';
import { Report } from '../orders/entities/report.entity';
import { ReportCategory } from '../orders/entities/report-category.entity';
import { Place } from '../places/place.entity';
import { PlaceUnit } from '../places/place-unit.entity';
import { User } from '../users/user.entity';

type Seedable =
  typeof Place | typeof PlaceUnit | typeof User | typeof RoleGrant | typeof CommunityEvent | typeof ReportCategory;

@Injectable()
export class SeedRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  /** Rows of `entity` whose id is not one of the demo ids: real data. */
  countOtherThan(
    entity: Seedable,
    demoIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    return manager.count(entity as EntityTarget<ObjectLiteral>, { where: { id: Not(In(demoIds)) } });
  }

  /** Grants held by anyone but the demo people: the demo month's staff grant roles to demo people only. */
  countGrantsOfOthersThan(demoUserIds: string[], manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.count(RoleGrant, { where: { userId: Not(In(demoUserIds)) } });
  }

  /** Inserts the rows whose id is not there yet; existing rows are left as they are. */
  async insertMissing<T extends { id: string }>(
    entity: EntityTarget<T>,
    rows: T[],
    manager: EntityManager,
  ): Promise<number> {
    if (rows.length === 0) return 0;
    const existing = await manager.find(entity as EntityTarget<ObjectLiteral>, {
      select: { id: true },
      where: { id: In(rows.map((r) => r.id)) },
    });
    const have = new Set(existing.map((r) => String(r.id)));
    const missing = rows.filter((r) => !have.has(r.id));
    if (missing.length > 0) await manager.insert(entity, missing as never);
    return missing.length;
  }

  /** Reports filed by any of `userIds`: none means the demo's month of history has not been played yet. */
  countReportsBy(userIds: string[]): Promise<number> {
    return this.dataSource.manager.count(Report, { where: { reporterId: In(userIds) } });
  }

  /** Sets a demo event's times (a past event is played live, then moved back to its day). */
  async moveEvent(move: { id: string; startsAt: Date; endsAt: Date; signupClosesAt: Date | null }): Promise<void> {
    const { id, ...times } = move;
    await this.dataSource.manager.update(CommunityEvent, { id }, times);
  }

  /** Dates an event's check-ins at `at`, the day it was held. */
  async dateCheckins(eventId: string, at: Date): Promise<void> {
    await this.dataSource.manager.update(Checkin, { eventId }, { scannedAt: at, recordedAt: at });
  }

  /** Moves a demo report and its order's whole timeline `days` back, as if it had been filed and fixed then. */
  async backdateOrder(reportId: string, orderId: string, days: number): Promise<void> {
    const back = (at: Date | null) => (at ? new Date(at.getTime() - days * 86_400_000) : null);
    await this.dataSource.transaction(async (manager) => {
      const report = await manager.findOneByOrFail(Report, { id: reportId });
      await manager.update(Report, { id: reportId }, { createdAt: back(report.createdAt) as Date });
      const order = await manager.findOneByOrFail(GridOrder, { id: orderId });
      await manager.update(
        GridOrder,
        { id: orderId },
        { claimedAt: back(order.claimedAt), resolvedAt: back(order.resolvedAt) },
      );
      for (const step of await manager.findBy(OrderHistory, { orderId })) {
        await manager.update(OrderHistory, { id: step.id }, { createdAt: back(step.createdAt) as Date });
      }
    });
  }

  /** Sets a demo care record's clocks (last 平安打卡, when its visit is due), as if time had passed. */
  async setCareClock(
    id: string,
    set: Partial<Pick<CareRecord, 'lastSafeDay' | 'nextVisitDueAt' | 'escalateAt'>>,
  ): Promise<void> {
    await this.dataSource.manager.update(CareRecord, { id }, set);
  }
}
