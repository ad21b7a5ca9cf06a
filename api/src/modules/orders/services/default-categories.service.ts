import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

import { newId } from '../../../infra/database/ids';
import { CommunityCreatedHooks } from '../../places/community-created.hooks';
import { DEFAULT_CATEGORIES } from '../default-categories';
import { ReportCategory } from '../entities/report-category.entity';
import { ReportsRepository } from '../repositories/reports.repository';

/** A new community can take reports from its first day: it gets the default categories as it is created. */
@Injectable()
export class DefaultCategoriesService implements OnModuleInit {
  constructor(
    private readonly hooks: CommunityCreatedHooks,
    private readonly reports: ReportsRepository,
  ) {}

  onModuleInit(): void {
    this.hooks.register((communityId, manager) => this.give(communityId, manager));
  }

  private give(communityId: string, manager: EntityManager): Promise<void> {
    return this.reports.insertCategories(
      DEFAULT_CATEGORIES.map(({ key: _key, ...category }) =>
        Object.assign(new ReportCategory(), { id: newId(), communityId, ...category, active: true }),
      ),
      manager,
    );
  }
}
