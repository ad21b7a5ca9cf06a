import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type EntityTarget, In, Not, type ObjectLiteral } from 'typeorm';

import { inTransaction } from '../../infra/database/transaction';
import { RoleGrant } from '../access/role-grant.entity';
import { CommunityEvent } from '../events/event.entity';
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
}
