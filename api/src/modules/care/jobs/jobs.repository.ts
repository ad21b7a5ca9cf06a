import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { toDate } from '../../../infra/database/raw';
import { inTransaction } from '../../../infra/database/transaction';
import { whereWithin } from '../../access/access.repository';
import { JobSeeker } from './job-seeker.entity';
import { JobService } from './job-service.entity';

@Injectable()
export class JobsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  async insertSeeker(row: JobSeeker): Promise<void> {
    await this.dataSource.manager.insert(JobSeeker, row);
  }

  findSeeker(id: string): Promise<JobSeeker | null> {
    return this.dataSource.manager.findOneBy(JobSeeker, { id });
  }

  async insertService(row: JobService): Promise<void> {
    await this.dataSource.manager.insert(JobService, row);
  }

  findService(id: string): Promise<JobService | null> {
    return this.dataSource.manager.findOneBy(JobService, { id });
  }

  services(seekerId: string): Promise<JobService[]> {
    return this.dataSource.manager.find(JobService, { where: { seekerId }, order: { on: 'DESC', createdAt: 'DESC' } });
  }

  /** Records an outcome once (from pending); a hire marks the seeker employed in the same transaction. */
  async setOutcome(
    service: JobService,
    set: Pick<JobService, 'outcome' | 'outcomeNote' | 'outcomeAt'>,
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager.update(JobService, { id: service.id, outcome: 'pending' }, set);
    if (!result.affected) return false;
    if (set.outcome === 'hired') await manager.update(JobSeeker, { id: service.seekerId }, { status: 'employed' });
    return true;
  }

  async list(filter: { scopes: string[]; gridId?: string; offset: number; limit: number }) {
    const query = this.dataSource.manager
      .createQueryBuilder(JobSeeker, 's')
      .innerJoin('places', 'g', 'g.id = s.grid_id')
      .where('1 = 1');
    whereWithin(query, 'g.path', filter.scopes);
    if (filter.gridId) query.andWhere('s.grid_id = :gridId', { gridId: filter.gridId });
    const total = await query.clone().getCount();
    const rows = await query
      .select([
        's.id AS id',
        'g.name AS gridName',
        's.name_mask AS name',
        's.skills AS skills',
        's.wishes AS wishes',
        's.status AS status',
        '(SELECT MAX(j.service_on) FROM job_services j WHERE j.seeker_id = s.id) AS lastService',
        's.created_at AS createdAt',
      ])
      .orderBy('s.status', 'DESC')
      .addOrderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .offset(filter.offset)
      .limit(filter.limit)
      .getRawMany<{
        id: string;
        gridName: string;
        name: string;
        skills: string;
        wishes: string;
        status: 'seeking' | 'employed';
        lastService: string | null;
        createdAt: unknown;
      }>();
    return { total, rows: rows.map((r) => ({ ...r, createdAt: toDate(r.createdAt) })) };
  }
}
