import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PlaceLevel, Role } from '@tongxin/types';
import { DataSource, type EntityManager } from 'typeorm';

import { RECORD_PLACES, type RecordKind, type RecordPlaceTable } from './record-places';
import { RoleGrant } from './role-grant.entity';

export type { RecordKind };

export interface ActiveGrant {
  id: string;
  role: Role;
  placeId: string;
  placePath: string;
  placeName: string;
  placeLevel: PlaceLevel;
  createdAt: Date;
}

/** Reads the kernel needs: a member's active grants and the place of a record. Grant writes live in `grants/`. */
@Injectable()
export class AccessRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RECORD_PLACES) private readonly table: RecordPlaceTable,
  ) {}

  async findActiveGrants(userId: string, manager: EntityManager = this.dataSource.manager): Promise<ActiveGrant[]> {
    const rows = await manager
      .createQueryBuilder(RoleGrant, 'g')
      .innerJoin(this.table.places, 'p', 'p.id = g.place_id AND p.retired_at IS NULL')
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
      .getRawMany<Omit<ActiveGrant, 'createdAt'> & { createdAt: Date | string }>();
    return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }));
  }

  /** The path of the place a record belongs to, or null when there is no such record. */
  async findRecordPlacePath(
    kind: RecordKind,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string | null> {
    const [entity, column] = this.table.records[kind];
    const row = await manager
      .createQueryBuilder(entity, 'r')
      .innerJoin(this.table.places, 'p', `p.id = r.${column}`)
      .select('p.path', 'path')
      .where('r.id = :id', { id })
      .getRawOne<{ path: string }>();
    return row?.path ?? null;
  }
}

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
