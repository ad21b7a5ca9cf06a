import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportKind } from '@tongxin/types';
import { DataSource, type EntityManager } from 'typeorm';

import { toDate } from '../../../infra/database/raw';
import { whereWithin } from '../../access/access.repository';
import { Place } from '../../places/place.entity';
import { User } from '../../users/user.entity';
import { ImportRun } from '../entities/import-run.entity';

/** An import with its scope's and its importer's names. */
export interface ImportRunRow extends ImportRun {
  scopeName: string;
  actorName: string;
}

type RawRow = Omit<ImportRunRow, 'createdAt' | 'breakdown'> & { createdAt: Date | string; breakdown: unknown };

const SELECT = [
  'r.id AS id',
  'r.kind AS kind',
  'r.status AS status',
  'r.scope_id AS scopeId',
  'p.name AS scopeName',
  'r.actor_id AS actorId',
  'u.nickname AS actorName',
  'r.file_name AS fileName',
  'r.file_hash AS fileHash',
  'r.row_count AS rowCount',
  'r.created_count AS createdCount',
  'r.changed_count AS changedCount',
  'r.unchanged_count AS unchangedCount',
  'r.error_count AS errorCount',
  'r.breakdown AS breakdown',
  'r.created_at AS createdAt',
];

function fromRaw(raw: RawRow): ImportRunRow {
  const numbers = ['rowCount', 'createdCount', 'changedCount', 'unchangedCount', 'errorCount'] as const;
  const row = { ...raw, createdAt: toDate(raw.createdAt) } as ImportRunRow;
  for (const key of numbers) row[key] = Number(raw[key]);
  row.breakdown = typeof raw.breakdown === 'string' ? JSON.parse(raw.breakdown) : (raw.breakdown as never);
  row.actorName = raw.actorName ?? '';
  return row;
}

@Injectable()
export class ImportRunsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(run: ImportRun, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(ImportRun, run);
  }

  /** Imports into places inside `scopes`, newest first (`idx_imports_scope_created`). */
  async findWithin(filter: {
    scopes: string[];
    kind?: ImportKind;
    offset: number;
    limit: number;
  }): Promise<{ rows: ImportRunRow[]; total: number }> {
    const query = this.base().where('1 = 1');
    whereWithin(query, 'p.path', filter.scopes);
    if (filter.kind) query.andWhere('r.kind = :kind', { kind: filter.kind });
    const total = await query.clone().getCount();
    const rows = await query
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .offset(filter.offset)
      .limit(filter.limit)
      .getRawMany<RawRow>();
    return { rows: rows.map(fromRaw), total };
  }

  async findById(id: string): Promise<ImportRunRow | null> {
    const row = await this.base().where('r.id = :id', { id }).getRawOne<RawRow>();
    return row ? fromRaw(row) : null;
  }

  private base() {
    return this.dataSource.manager
      .createQueryBuilder(ImportRun, 'r')
      .innerJoin(Place, 'p', 'p.id = r.scope_id')
      .leftJoin(User, 'u', 'u.id = r.actor_id')
      .select(SELECT);
  }
}
