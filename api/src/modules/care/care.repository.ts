import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@tongxin/types';
import { type DataSource, type EntityManager, In, IsNull, LessThan } from 'typeorm';

import { insertUnlessPresent } from '../../infra/database/db-errors';
import { queryRaw, toDate } from '../../infra/database/raw';
import { inTransaction } from '../../infra/database/transaction';
import { whereWithin } from '../access/access.repository';
import { CareCategory } from './entities/care-category.entity';
import { CareRecord } from './entities/care-record.entity';
import { CareRecordChange } from './entities/care-record-change.entity';
import { CareVisit } from './entities/care-visit.entity';
import { SafetyCheckin } from './entities/safety-checkin.entity';

export interface CareListRow {
  id: string;
  gridName: string;
  household: string;
  personNameMask: string;
  categoryIds: string[];
  responsibleName: string | null;
  nextVisitDueAt: Date | null;
  status: 'active' | 'closed';
  safetyCheck: boolean;
}

/** The 帮扶台账's tables. Callers decide access first; lists take the caller's scopes. */
@Injectable()
export class CareRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  async ensureCategories(rows: CareCategory[]): Promise<void> {
    for (const row of rows) await insertUnlessPresent(this.dataSource.manager, CareCategory, row);
  }

  categories(communityId: string): Promise<CareCategory[]> {
    return this.dataSource.manager.find(CareCategory, {
      where: { communityId },
      order: { createdAt: 'ASC', name: 'ASC' },
    });
  }

  categoriesByIds(ids: string[]): Promise<CareCategory[]> {
    return ids.length ? this.dataSource.manager.findBy(CareCategory, { id: In(ids) }) : Promise.resolve([]);
  }

  async insertCategory(row: CareCategory): Promise<void> {
    await this.dataSource.manager.insert(CareCategory, row);
  }

  findRecord(id: string, manager: EntityManager = this.dataSource.manager): Promise<CareRecord | null> {
    return manager.findOneBy(CareRecord, { id });
  }

  async insertRecord(row: CareRecord, manager: EntityManager): Promise<void> {
    await manager.insert(CareRecord, row);
  }

  async updateRecord(id: string, set: Partial<CareRecord>, manager: EntityManager): Promise<void> {
    await manager.update(CareRecord, { id }, set);
  }

  /** Closes an active record once. */
  async close(id: string, set: Partial<CareRecord>, manager: EntityManager): Promise<boolean> {
    const result = await manager.update(CareRecord, { id, status: 'active' }, set);
    return (result.affected ?? 0) > 0;
  }

  async insertChange(row: CareRecordChange, manager: EntityManager): Promise<void> {
    await manager.insert(CareRecordChange, row);
  }

  changes(recordId: string) {
    return queryRaw<{ at: unknown; actorName: string | null; fields: string; action: CareRecordChange['action'] }>(
      this.dataSource.manager,
      `SELECT c.created_at AS at, u.nickname AS actorName, c.fields AS fields, c.action AS action
       FROM care_record_changes c LEFT JOIN users u ON u.id = c.actor_id
       WHERE c.record_id = :recordId ORDER BY c.created_at DESC, c.id DESC LIMIT 50`,
      { recordId },
    );
  }

  async insertVisit(row: CareVisit, manager: EntityManager): Promise<void> {
    await manager.insert(CareVisit, row);
  }

  findVisit(id: string): Promise<CareVisit | null> {
    return this.dataSource.manager.findOneBy(CareVisit, { id });
  }

  /** Sets a visit's follow-up once. */
  async setFollowUp(visitId: string, reportId: string, manager: EntityManager): Promise<boolean> {
    const result = await manager.update(
      CareVisit,
      { id: visitId, followUpReportId: IsNull() },
      { followUpReportId: reportId },
    );
    return (result.affected ?? 0) > 0;
  }

  async replaceFollowUp(visitId: string, was: string, now: string | null, manager: EntityManager): Promise<void> {
    await manager.update(CareVisit, { id: visitId, followUpReportId: was }, { followUpReportId: now });
  }

  visits(recordId: string) {
    return queryRaw<{
      id: string;
      visitedAt: unknown;
      visitorName: string | null;
      findingsCipher: string;
      lng: number | null;
      lat: number | null;
      followUpReportId: string | null;
    }>(
      this.dataSource.manager,
      `SELECT v.id AS id, v.visited_at AS visitedAt, u.nickname AS visitorName, v.findings_cipher AS findingsCipher,
         v.lng AS lng, v.lat AS lat, v.follow_up_report_id AS followUpReportId
       FROM care_visits v LEFT JOIN users u ON u.id = v.visitor_id
       WHERE v.record_id = :recordId ORDER BY v.visited_at DESC, v.id DESC LIMIT 30`,
      { recordId },
    );
  }

  /** Records in the scopes, the most overdue visit first. */
  async list(filter: {
    scopes: string[];
    gridId?: string;
    communityId?: string;
    status: 'active' | 'closed';
    dueBefore?: Date;
    offset: number;
    limit: number;
  }): Promise<{ rows: CareListRow[]; total: number }> {
    const query = this.dataSource.manager
      .createQueryBuilder(CareRecord, 'r')
      .innerJoin('places', 'g', 'g.id = r.grid_id')
      .leftJoin('users', 'w', 'w.id = r.responsible_id')
      .where('r.status = :status', { status: filter.status });
    whereWithin(query, 'g.path', filter.scopes);
    if (filter.gridId) query.andWhere('r.grid_id = :gridId', { gridId: filter.gridId });
    if (filter.communityId) query.andWhere('r.community_id = :communityId', { communityId: filter.communityId });
    if (filter.dueBefore) query.andWhere('r.next_visit_due_at < :due', { due: filter.dueBefore });
    const total = await query.clone().getCount();
    const rows = await query
      .select([
        'r.id AS id',
        'g.name AS gridName',
        'r.household AS household',
        'r.person_name_mask AS personNameMask',
        'r.category_ids AS categoryIds',
        'w.nickname AS responsibleName',
        'r.next_visit_due_at AS nextVisitDueAt',
        'r.status AS status',
        'r.safety_check AS safetyCheck',
      ])
      .orderBy('r.next_visit_due_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .offset(filter.offset)
      .limit(filter.limit)
      .getRawMany<Record<keyof CareListRow, unknown>>();
    return {
      total,
      rows: rows.map((r) => ({
        ...(r as unknown as CareListRow),
        categoryIds: typeof r.categoryIds === 'string' ? (JSON.parse(r.categoryIds) as string[]) : [],
        nextVisitDueAt: r.nextVisitDueAt ? toDate(r.nextVisitDueAt) : null,
        safetyCheck: Boolean(Number(r.safetyCheck)),
      })),
    };
  }

  /** A community's records within `scopes` (not anonymised), grid by grid, for an export. */
  forExport(scopes: string[], communityId: string): Promise<CareRecord[]> {
    const query = this.dataSource.manager
      .createQueryBuilder(CareRecord, 'r')
      .innerJoin('places', 'g', 'g.id = r.grid_id')
      .where('r.community_id = :communityId AND r.anonymised_at IS NULL', { communityId });
    whereWithin(query, 'g.path', scopes);
    return query.orderBy('r.grid_id').addOrderBy('r.next_visit_due_at').take(5000).getMany();
  }

  /** Active records long overdue by `now` whose community was not told yet. */
  longOverdue(now: Date, limit: number): Promise<CareRecord[]> {
    return this.dataSource.manager.find(CareRecord, {
      where: { status: 'active', escalateAt: LessThan(now), overdueToldAt: IsNull() },
      take: limit,
      order: { escalateAt: 'ASC' },
    });
  }

  async markOverdueTold(id: string, at: Date, manager: EntityManager): Promise<boolean> {
    const result = await manager.update(CareRecord, { id, overdueToldAt: IsNull() }, { overdueToldAt: at });
    return (result.affected ?? 0) > 0;
  }

  /** The active 平安打卡 record of a member, if any. */
  safetyRecordOf(memberId: string): Promise<CareRecord | null> {
    return this.dataSource.manager.findOneBy(CareRecord, { memberId, safetyCheck: true, status: 'active' });
  }

  /** 平安打卡 records whose last check-in is before `day`. */
  missedSince(day: string, limit: number): Promise<CareRecord[]> {
    return this.dataSource.manager.find(CareRecord, {
      where: { safetyCheck: true, status: 'active', lastSafeDay: LessThan(day) },
      take: limit,
    });
  }

  /** Today's check-in (a second one the same day inserts nothing), and the record back at stage 0. */
  async checkIn(row: SafetyCheckin, manager: EntityManager): Promise<void> {
    await insertUnlessPresent(manager, SafetyCheckin, row);
    await manager.update(CareRecord, { id: row.recordId }, { lastSafeDay: row.day, safetyStage: 0 });
  }

  /** Moves the 平安打卡 stage up once for this streak (the same last day, the stage the sweep read). */
  async raiseSafetyStage(
    step: { id: string; lastSafeDay: string; from: number; to: number; reportId?: string },
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager.update(
      CareRecord,
      { id: step.id, lastSafeDay: step.lastSafeDay, safetyStage: step.from },
      { safetyStage: step.to, ...(step.reportId ? { safetyReportId: step.reportId } : {}) },
    );
    return (result.affected ?? 0) > 0;
  }

  /** Closed records past retention, not yet anonymised. */
  toAnonymise(closedBefore: Date, limit: number): Promise<CareRecord[]> {
    return this.dataSource.manager.find(CareRecord, {
      where: { status: 'closed', closedAt: LessThan(closedBefore), anonymisedAt: IsNull() },
      take: limit,
    });
  }

  async anonymise(id: string, set: Partial<CareRecord>, findings: string, manager: EntityManager): Promise<boolean> {
    const result = await manager.update(CareRecord, { id, anonymisedAt: IsNull() }, set);
    if (!result.affected) return false;
    await manager.update(CareVisit, { recordId: id }, { findingsCipher: findings, lng: null, lat: null });
    return true;
  }

  /** The community's need category for a door knock: 助老帮扶 if it has one, else any active need category. */
  async elderCareCategoryOf(communityId: string): Promise<string> {
    const rows = await queryRaw<{ id: string }>(
      this.dataSource.manager,
      `SELECT id FROM report_categories WHERE community_id = :communityId AND active = :active AND kind = 'need'
       ORDER BY CASE WHEN name = '助老帮扶' THEN 0 ELSE 1 END, name LIMIT 1`,
      { communityId, active: true },
    );
    return rows[0]?.id ?? '';
  }

  async nickname(userId: string | null): Promise<string | null> {
    if (!userId) return null;
    const rows = await queryRaw<{ nickname: string }>(
      this.dataSource.manager,
      'SELECT nickname FROM users WHERE id = :userId',
      {
        userId,
      },
    );
    return rows[0]?.nickname ?? null;
  }

  /** Holders of `role` granted on exactly this place. */
  async holders(placeId: string, role: Role): Promise<string[]> {
    const rows = await queryRaw<{ id: string }>(
      this.dataSource.manager,
      `SELECT DISTINCT user_id AS id FROM role_grants WHERE place_id = :placeId AND role = :role AND revoked_at IS NULL`,
      { placeId, role },
    );
    return rows.map((r) => r.id);
  }
}
