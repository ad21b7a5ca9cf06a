import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LegalDocument } from '@tongxin/types';
import { DataSource, type EntityManager } from 'typeorm';

import { isUniqueViolation } from '../../infra/database/db-errors';
import { inTransaction } from '../../infra/database/transaction';
import { Consent } from './consent.entity';

@Injectable()
export class ConsentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  /** Records the agreement; false when the member had already agreed to this version (the unique key decides). */
  async insertUnlessAgreed(consent: Consent, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    try {
      await manager.insert(Consent, consent);
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** The member's agreements, newest first. */
  async findForMember(filter: { memberId: string; offset: number; limit: number }) {
    const [rows, total] = await this.dataSource.manager.findAndCount(Consent, {
      where: { memberId: filter.memberId },
      order: { acceptedAt: 'DESC', id: 'DESC' },
      skip: filter.offset,
      take: filter.limit,
    });
    return { rows, total };
  }

  /** The latest version the member agreed to, per document (absent when never). */
  async findLatestVersions(memberId: string): Promise<Partial<Record<LegalDocument, string>>> {
    const rows = await this.dataSource.manager.find(Consent, {
      where: { memberId },
      select: { document: true, version: true, acceptedAt: true, id: true },
      order: { acceptedAt: 'ASC', id: 'ASC' },
    });
    const latest: Partial<Record<LegalDocument, string>> = {};
    for (const row of rows) latest[row.document] = row.version;
    return latest;
  }
}
