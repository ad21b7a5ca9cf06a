import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';

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
  placeName: string | null;
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

  async insertMany(entries: AuditLog[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    for (let i = 0; i < entries.length; i += 250) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(AuditLog)
        .values(entries.slice(i, i + 250) as never)
        .updateEntity(false)
        .execute();
    }
  }

  async findActivePlacePath(placeId: string): Promise<string | null> {
    const place = await this.dataSource.manager.findOne(Place, { where: { id: placeId, retiredAt: IsNull() } });
    return place?.path ?? null;
  }

  /**
   * Entries on places inside `scopes` (and under `placePath`), of one action, made in [since, until), newest first.
   * The place's path is the scope: an entry is read by staff of the place its target belongs to, and above.
   */
  async findWithin(filter: {
    scopes: string[];
    placePath?: string;
    action?: string;
    since?: Date;
    until?: Date;
    offset: number;
    limit: number;
  }): Promise<{ rows: AuditRow[]; total: number }> {
    const { scopes, offset, limit } = filter;
    const query = this.dataSource.manager
      .createQueryBuilder(AuditLog, 'a')
      .innerJoin(Place, 'p', 'p.id = a.place_id')
      .leftJoin(User, 'u', 'u.id = a.actor_id')
      // Mediation cases and the care register are kept from other staff: their reads and steps stay out of the 操作日志.
      .where("a.target_type NOT IN ('mediation_case', 'care_record')");
    whereWithin(query, 'p.path', scopes);
    if (filter.placePath) query.andWhere('p.path LIKE :placePath', { placePath: `${filter.placePath}%` });
    if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
    if (filter.since) query.andWhere('a.created_at >= :since', { since: filter.since });
    if (filter.until) query.andWhere('a.created_at < :until', { until: filter.until });
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
        'p.name AS placeName',
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
