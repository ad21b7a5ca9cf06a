import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type GrantSort, type PlaceLevel, Role } from '@tongxin/types';
import { DataSource, type EntityManager, IsNull } from 'typeorm';

import { newId } from '../../infra/database/ids';
import { toDate } from '../../infra/database/raw';
import { whereWithin } from '../access/access.repository';
import { RoleGrant } from '../access/role-grant.entity';
import { Place } from '../places/place.entity';
import { User } from '../users/user.entity';

export interface GrantRow {
  id: string;
  userId: string;
  role: Role;
  placeId: string;
  placeName: string;
  placeLevel: PlaceLevel;
  createdAt: Date;
}

/** A grant as staff list it: with its holder's name and (encrypted) phone. */
export interface GrantListRow extends GrantRow {
  nickname: string;
  phoneCipher: string | null;
}

/** Writes and staff lists of role grants; the kernel (`access/`) only reads a member's active grants. */
@Injectable()
export class GrantsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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

  /**
   * Active grants on places inside any of `scopes` (paths), on one place or (with `placePath`) under it, of one role,
   * in the order asked (newest first by default; ties by id, so pages never overlap).
   */
  async findGrantsWithin(filter: {
    scopes: string[];
    placeId?: string;
    placePath?: string;
    role?: Role;
    withResidents?: boolean;
    sort: GrantSort;
    offset: number;
    limit: number;
  }): Promise<{ rows: GrantListRow[]; total: number }> {
    const query = this.dataSource.manager
      .createQueryBuilder(RoleGrant, 'g')
      .innerJoin(Place, 'p', 'p.id = g.place_id')
      .innerJoin(User, 'u', 'u.id = g.user_id')
      .where('g.revoked_at IS NULL');
    whereWithin(query, 'p.path', filter.scopes);
    if (filter.placeId) query.andWhere('g.place_id = :placeId', { placeId: filter.placeId });
    if (filter.placePath) query.andWhere('p.path LIKE :placePath', { placePath: `${filter.placePath}%` });
    if (filter.role) query.andWhere('g.role = :role', { role: filter.role });
    else if (!filter.withResidents) query.andWhere('g.role <> :resident', { resident: Role.Resident });
    const total = await query.clone().getCount();
    const [column, direction] = GRANT_ORDER[filter.sort];
    const rows = await query
      .select([
        'g.id AS id',
        'g.user_id AS userId',
        'u.nickname AS nickname',
        'u.phone_cipher AS phoneCipher',
        'g.role AS role',
        'g.place_id AS placeId',
        'p.name AS placeName',
        'p.level AS placeLevel',
        'g.created_at AS createdAt',
      ])
      .orderBy(column, direction)
      .addOrderBy('g.id', direction)
      .offset(filter.offset)
      .limit(filter.limit)
      .getRawMany<Omit<GrantListRow, 'createdAt'> & { createdAt: Date | string }>();
    return { rows: rows.map((r) => ({ ...r, createdAt: toDate(r.createdAt) })), total };
  }
}

const GRANT_ORDER: Record<GrantSort, [string, 'ASC' | 'DESC']> = {
  '-grantedAt': ['g.created_at', 'DESC'],
  grantedAt: ['g.created_at', 'ASC'],
  nickname: ['u.nickname', 'ASC'],
  role: ['g.role', 'ASC'],
  place: ['p.name', 'ASC'],
};
