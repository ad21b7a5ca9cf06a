import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { toDate } from '../../infra/database/raw';
import { whereWithin } from '../access/access.repository';
import { Place } from '../places/place.entity';
import { User } from '../users/user.entity';
import { AuditLog } from './audit-log.entity';

export interface AuditRow {
  id: string;
  actorId: string;
  actorNickname: string | null;
  action: string;
  targetType: string;
  targetId: string;
  placeId: string;
  details: Record<string, unknown> | null;
  createdAt: Date;
}

type RawAuditRow = Omit<AuditRow, 'details' | 'createdAt'> & { details: string | null; createdAt: Date | string };

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(entry: AuditLog, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(AuditLog, entry as never);
  }

  /** Entries on places inside `scopes`, newest first. */
  async findWithin(filter: {
    scopes: string[];
    offset: number;
    limit: number;
  }): Promise<{ rows: AuditRow[]; total: number }> {
    const { scopes, offset, limit } = filter;
    const query = this.dataSource.manager
      .createQueryBuilder(AuditLog, 'a')
      .innerJoin(Place, 'p', 'p.id = a.place_id')
      .leftJoin(User, 'u', 'u.id = a.actor_id')
      .where('1 = 1');
    whereWithin(query, 'p.path', scopes);
    const total = await query.clone().getCount();
    const rows = await query
      .select([
        'a.id AS id',
        'a.actor_id AS actorId',
        'u.nickname AS actorNickname',
        'a.action AS action',
        'a.target_type AS targetType',
        'a.target_id AS targetId',
        'a.place_id AS placeId',
        'a.details AS details',
        'a.created_at AS createdAt',
      ])
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .offset(offset)
      .limit(limit)
      .getRawMany<RawAuditRow>();
    return {
      rows: rows.map((r) => ({
        ...r,
        // simple-json comes back as its text in a raw select.
        details: typeof r.details === 'string' ? (JSON.parse(r.details) as Record<string, unknown>) : null,
        createdAt: toDate(r.createdAt),
      })),
      total,
    };
  }
}
