import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';

import { inTransaction } from '../../../infra/database/transaction';
import { VolunteerCertificate } from '../volunteer-certificate.entity';

@Injectable()
export class VolunteerCertificatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  /** A unique-key error means the record number was drawn twice: draw again. */
  async insert(certificate: VolunteerCertificate, manager: EntityManager): Promise<void> {
    await manager.insert(VolunteerCertificate, certificate);
  }

  findById(id: string): Promise<VolunteerCertificate | null> {
    return this.dataSource.manager.findOne(VolunteerCertificate, { where: { id } });
  }

  /** Newest first: a community's (optionally one member's), or everything issued to a member. */
  async findPage(
    where: { communityId?: string; memberId?: string },
    page: { offset: number; limit: number },
  ): Promise<{ rows: VolunteerCertificate[]; total: number }> {
    const filter: FindOptionsWhere<VolunteerCertificate> = {};
    if (where.communityId) filter.communityId = where.communityId;
    if (where.memberId) filter.memberId = where.memberId;
    const [rows, total] = await this.dataSource.manager.findAndCount(VolunteerCertificate, {
      where: filter,
      order: { issuedAt: 'DESC', id: 'DESC' },
      skip: page.offset,
      take: page.limit,
    });
    return { rows, total };
  }
}
