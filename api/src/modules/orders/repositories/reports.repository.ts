import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { inTransaction } from '../../../infra/database/transaction';
import { Report } from '../entities/report.entity';
import { ReportCategory } from '../entities/report-category.entity';
import { ReportMeToo } from '../entities/report-me-too.entity';

@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  findCategories(communityId: string, includeInactive: boolean) {
    return this.dataSource.manager.find(ReportCategory, {
      where: { communityId, ...(includeInactive ? {} : { active: true }) },
      order: { kind: 'ASC', name: 'ASC' },
    });
  }

  findCategory(id: string) {
    return this.dataSource.manager.findOne(ReportCategory, { where: { id } });
  }

  /** A unique-key error means the community already has a category of that name. */
  async insertCategory(category: ReportCategory): Promise<void> {
    await this.dataSource.manager.insert(ReportCategory, category);
  }

  async updateCategory(id: string, fields: Partial<ReportCategory>): Promise<void> {
    await this.dataSource.manager.update(ReportCategory, { id }, fields);
  }

  /** Records a "me too" (unique per member) and counts it, in one transaction. */
  async addMeToo(reportId: string, userId: string, manager: EntityManager): Promise<void> {
    await manager.insert(ReportMeToo, { reportId, userId });
    await manager
      .createQueryBuilder()
      .update(Report)
      .set({ meTooCount: () => 'me_too_count + 1' })
      .where('id = :reportId', { reportId })
      .execute();
  }
}
