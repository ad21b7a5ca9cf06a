import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@tongxin/types';
import { DataSource } from 'typeorm';

import { whereWithin } from '../access/access.repository';
import { RoleGrant } from '../access/role-grant.entity';
import { Place } from '../places/place.entity';
import { User } from '../users/user.entity';

export interface MemberFilter {
  scopes: string[];
  /** Only under this place (its path) when given. */
  placePath?: string;
  /** Only members whose nickname holds this text, or (when given instead) whose phone hashes to this. */
  nickname?: string;
  phoneHash?: string;
  offset: number;
  limit: number;
}

export interface MemberRow {
  id: string;
  nickname: string;
  phoneCipher: string | null;
  homeId: string | null;
  homeName: string | null;
}

@Injectable()
export class MembersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Members whose home building is inside `scopes` (and under `placePath` when given), by nickname. */
  async findWithin({
    scopes,
    placePath,
    nickname,
    phoneHash,
    offset,
    limit,
  }: MemberFilter): Promise<{ rows: MemberRow[]; total: number }> {
    const query = this.dataSource.manager
      .createQueryBuilder(User, 'u')
      .innerJoin(Place, 'p', 'p.id = u.home_place_id')
      .where('u.deleted_at IS NULL');
    whereWithin(query, 'p.path', scopes);
    if (placePath) query.andWhere('p.path LIKE :placePath', { placePath: `${placePath}%` });
    whereMatches(query, { nickname, phoneHash });
    const total = await query.clone().getCount();
    const rows = await query
      .select([
        'u.id AS id',
        'u.nickname AS nickname',
        'u.phone_cipher AS phoneCipher',
        'p.id AS homeId',
        'p.name AS homeName',
      ])
      .orderBy('u.nickname', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .offset(offset)
      .limit(limit)
      .getRawMany<MemberRow>();
    return { rows, total };
  }

  /** Members holding `role` on a place inside `scopes` (and under `placePath` when given), by nickname. */
  async findWithRole({
    scopes,
    placePath,
    nickname,
    phoneHash,
    role,
    offset,
    limit,
  }: MemberFilter & { role: Role }): Promise<{ rows: MemberRow[]; total: number }> {
    const query = this.dataSource.manager
      .createQueryBuilder(User, 'u')
      .innerJoin(RoleGrant, 'g', 'g.user_id = u.id AND g.revoked_at IS NULL AND g.role = :role', { role })
      .innerJoin(Place, 'p', 'p.id = g.place_id')
      .leftJoin(Place, 'h', 'h.id = u.home_place_id')
      .where('u.deleted_at IS NULL');
    whereWithin(query, 'p.path', scopes);
    if (placePath) query.andWhere('p.path LIKE :placePath', { placePath: `${placePath}%` });
    whereMatches(query, { nickname, phoneHash });
    const total = await query.clone().select('COUNT(DISTINCT u.id)', 'n').getRawOne<{ n: number | string }>();
    const rows = await query
      .select([
        'u.id AS id',
        'u.nickname AS nickname',
        'u.phone_cipher AS phoneCipher',
        'h.id AS homeId',
        'h.name AS homeName',
      ])
      .distinct(true)
      .orderBy('u.nickname', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .offset(offset)
      .limit(limit)
      .getRawMany<MemberRow>();
    return { rows, total: Number(total?.n ?? 0) };
  }
}

/** A nickname fragment (LIKE, with its wildcards escaped) or an exact phone hash. */
function whereMatches(
  query: { andWhere(sql: string, params?: Record<string, unknown>): unknown },
  match: { nickname?: string; phoneHash?: string },
): void {
  if (match.phoneHash) query.andWhere('u.phone_hash = :phoneHash', { phoneHash: match.phoneHash });
  if (match.nickname) {
    // '!' rather than a backslash: MySQL reads a backslash inside a string literal as an escape of its own.
    const escaped = match.nickname.replace(/[!%_]/g, (c) => `!${c}`);
    query.andWhere("u.nickname LIKE :nickname ESCAPE '!'", { nickname: `%${escaped}%` });
  }
}
