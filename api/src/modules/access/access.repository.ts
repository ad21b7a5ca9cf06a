import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@tongxin/types';
import { DataSource, type EntityManager, type EntityTarget, IsNull, type ObjectLiteral } from 'typeorm';

import { newId } from '../../infra/database/ids';
import { ResidenceBinding } from '../bindings/residence-binding.entity';
import { CommunityEvent } from '../events/event.entity';
import { Honour } from '../honours/honour.entity';
import { MallItem } from '../mall/mall-item.entity';
import { FollowUp } from '../orders/follow-up.entity';
import { GridOrder } from '../orders/grid-order.entity';
import { Place } from '../places/place.entity';
import { PlaceUnit } from '../places/place-unit.entity';
import { PointsEntry } from '../points/points-entry.entity';
import { ReportCategory } from '../reports/report-category.entity';
import { RiderApplication } from '../rider-applications/rider-application.entity';
import { User } from '../users/user.entity';
import { RoleGrant } from './role-grant.entity';

export interface ActiveGrant {
  id: string;
  role: Role;
  placeId: string;
  placePath: string;
  placeName: string;
  placeLevel: Place['level'];
  createdAt: Date;
}

/** The kinds of record a route can name; each belongs to one place. */
export type RecordKind =
  | 'place'
  | 'placeParent'
  | 'placeUnit'
  | 'binding'
  | 'riderApplication'
  | 'roleGrant'
  | 'member'
  | 'pointsEntry'
  | 'mallItem'
  | 'honour'
  | 'order'
  | 'category'
  | 'followUp'
  | 'event';

@Injectable()
export class AccessRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findActiveGrants(userId: string, manager: EntityManager = this.dataSource.manager): Promise<ActiveGrant[]> {
    const rows = await manager
      .createQueryBuilder(RoleGrant, 'g')
      .innerJoin(Place, 'p', 'p.id = g.place_id AND p.retired_at IS NULL')
      .select([
        'g.id AS id',
        'g.role AS role',
        'g.place_id AS placeId',
        'p.path AS placePath',
        'p.name AS placeName',
        'p.level AS placeLevel',
        'g.created_at AS createdAt',
      ])
      .where('g.user_id = :userId AND g.revoked_at IS NULL', { userId })
      .orderBy('g.created_at', 'ASC')
      .addOrderBy('g.id', 'ASC')
      .getRawMany<ActiveGrant & { createdAt: Date | string }>();
    return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }));
  }

  /** The path of the place a record belongs to, or null when there is no such record. */
  async findRecordPlacePath(
    kind: RecordKind,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string | null> {
    const [entity, column] = RECORD_PLACE[kind];
    const row = await manager
      .createQueryBuilder(entity, 'r')
      .innerJoin(Place, 'p', `p.id = r.${column}`)
      .select('p.path', 'path')
      .where('r.id = :id', { id })
      .getRawOne<{ path: string }>();
    return row?.path ?? null;
  }

  /** Inserts an active grant; the unique active key settles concurrent duplicates. */
  async insertGrant(
    grant: { userId: string; role: Role; placeId: string; grantedBy: string | null },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RoleGrant> {
    const row = Object.assign(new RoleGrant(), {
      id: newId(),
      ...grant,
      activeKey: `${grant.userId}:${grant.role}:${grant.placeId}`,
      revokedAt: null,
      revokedBy: null,
    });
    await manager.insert(RoleGrant, row);
    return row;
  }

  findActiveGrant(userId: string, role: Role, placeId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(RoleGrant, { where: { userId, role, placeId, revokedAt: IsNull() } });
  }

  findGrantById(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(RoleGrant, { where: { id } });
  }

  /** Revokes if still active; returns whether this call revoked it. */
  async revokeGrant(id: string, revokedBy: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(RoleGrant)
      .set({ revokedAt: new Date(), revokedBy, activeKey: null })
      .where('id = :id AND revoked_at IS NULL', { id })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async revokeAllForUser(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(RoleGrant)
      .set({ revokedAt: new Date(), revokedBy: userId, activeKey: null })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .execute();
  }

  /** Active grants on places inside any of `scopes` (paths), newest first. */
  async findGrantsWithin(scopes: string[], placeId: string | undefined, offset: number, limit: number) {
    const query = this.dataSource.manager
      .createQueryBuilder(RoleGrant, 'g')
      .innerJoin(Place, 'p', 'p.id = g.place_id')
      .where('g.revoked_at IS NULL');
    whereWithin(query, 'p.path', scopes);
    if (placeId) query.andWhere('g.place_id = :placeId', { placeId });
    const total = await query.clone().getCount();
    const rows = await query
      .select([
        'g.id AS id',
        'g.user_id AS userId',
        'g.role AS role',
        'g.place_id AS placeId',
        'p.name AS placeName',
        'p.level AS placeLevel',
        'g.created_at AS createdAt',
      ])
      .orderBy('g.created_at', 'DESC')
      .addOrderBy('g.id', 'DESC')
      .offset(offset)
      .limit(limit)
      .getRawMany<{
        id: string;
        userId: string;
        role: Role;
        placeId: string;
        placeName: string;
        placeLevel: Place['level'];
        createdAt: Date | string;
      }>();
    return { rows, total };
  }
}

type RecordEntity = EntityTarget<ObjectLiteral>;

/** For each kind: its table and the column naming its place. `placeParent` acts on a place from its parent. */
const RECORD_PLACE: Record<RecordKind, [RecordEntity, string]> = {
  place: [Place, 'id'],
  placeParent: [Place, 'parent_id'],
  member: [User, 'home_place_id'],
  pointsEntry: [PointsEntry, 'community_id'],
  mallItem: [MallItem, 'community_id'],
  honour: [Honour, 'community_id'],
  order: [GridOrder, 'grid_id'],
  category: [ReportCategory, 'community_id'],
  followUp: [FollowUp, 'community_id'],
  event: [CommunityEvent, 'place_id'],
  placeUnit: [PlaceUnit, 'place_id'],
  binding: [ResidenceBinding, 'building_id'],
  riderApplication: [RiderApplication, 'community_id'],
  roleGrant: [RoleGrant, 'place_id'],
};

/** Adds `(column LIKE s0% OR column LIKE s1% …)`; no scopes → no rows. */
export function whereWithin(
  query: { andWhere(sql: string, params?: Record<string, unknown>): unknown },
  column: string,
  scopes: string[],
): void {
  if (scopes.length === 0) {
    query.andWhere('1 = 0');
    return;
  }
  const params: Record<string, string> = {};
  const parts = scopes.map((scope, i) => {
    params[`scope${i}`] = `${scope}%`;
    return `${column} LIKE :scope${i}`;
  });
  query.andWhere(`(${parts.join(' OR ')})`, params);
}
