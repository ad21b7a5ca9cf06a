import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';

import { queryRaw, toDate } from '../../../infra/database/raw';
import { inTransaction } from '../../../infra/database/transaction';
import { whereWithin } from '../../access/access.repository';
import { Patrol } from './patrol.entity';
import { PatrolObservation } from './patrol-observation.entity';

export interface PatrolListRow {
  id: string;
  gridName: string;
  workerName: string;
  startedAt: Date;
  endedAt: Date | null;
  observationCount: number;
  reportCount: number;
}

@Injectable()
export class PatrolsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  async insert(row: Patrol): Promise<void> {
    await this.dataSource.manager.insert(Patrol, row);
  }

  find(id: string): Promise<Patrol | null> {
    return this.dataSource.manager.findOneBy(Patrol, { id });
  }

  /** Ends a patrol once. */
  async end(id: string, at: Date): Promise<boolean> {
    const result = await this.dataSource.manager.update(Patrol, { id, endedAt: IsNull() }, { endedAt: at });
    return (result.affected ?? 0) > 0;
  }

  async insertObservation(row: PatrolObservation, manager: EntityManager): Promise<void> {
    await manager.insert(PatrolObservation, row);
  }

  findObservation(id: string): Promise<PatrolObservation | null> {
    return this.dataSource.manager.findOneBy(PatrolObservation, { id });
  }

  observations(patrolId: string): Promise<PatrolObservation[]> {
    return this.dataSource.manager.find(PatrolObservation, { where: { patrolId }, order: { at: 'ASC', id: 'ASC' } });
  }

  /** Claims an observation's report once (its own id as a marker), then swaps in the report's id. */
  async claimReport(id: string, was: string | null, now: string | null): Promise<boolean> {
    const result = await this.dataSource.manager.update(
      PatrolObservation,
      { id, reportId: was === null ? IsNull() : was },
      { reportId: now },
    );
    return (result.affected ?? 0) > 0;
  }

  names(patrol: Patrol) {
    return queryRaw<{ gridName: string; workerName: string }>(
      this.dataSource.manager,
      `SELECT g.name AS gridName, u.nickname AS workerName FROM places g, users u WHERE g.id = :grid AND u.id = :worker`,
      { grid: patrol.gridId, worker: patrol.workerId },
    ).then((rows) => rows[0] ?? { gridName: '', workerName: '' });
  }

  async list(filter: { scopes: string[]; gridId?: string; offset: number; limit: number }) {
    const query = this.dataSource.manager
      .createQueryBuilder(Patrol, 'p')
      .innerJoin('places', 'g', 'g.id = p.grid_id')
      .innerJoin('users', 'u', 'u.id = p.worker_id')
      .where('1 = 1');
    whereWithin(query, 'g.path', filter.scopes);
    if (filter.gridId) query.andWhere('p.grid_id = :gridId', { gridId: filter.gridId });
    const total = await query.clone().getCount();
    const rows = await query
      .select([
        'p.id AS id',
        'g.name AS gridName',
        'u.nickname AS workerName',
        'p.started_at AS startedAt',
        'p.ended_at AS endedAt',
        '(SELECT COUNT(*) FROM care_patrol_observations o WHERE o.patrol_id = p.id) AS observationCount',
        '(SELECT COUNT(*) FROM care_patrol_observations o WHERE o.patrol_id = p.id AND o.report_id IS NOT NULL) AS reportCount',
      ])
      .orderBy('p.started_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .offset(filter.offset)
      .limit(filter.limit)
      .getRawMany<Record<keyof PatrolListRow, unknown>>();
    return {
      total,
      rows: rows.map((r): PatrolListRow => ({
        id: String(r.id),
        gridName: String(r.gridName),
        workerName: String(r.workerName),
        startedAt: toDate(r.startedAt),
        endedAt: r.endedAt ? toDate(r.endedAt) : null,
        observationCount: Number(r.observationCount),
        reportCount: Number(r.reportCount),
      })),
    };
  }
}
