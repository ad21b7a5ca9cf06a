import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { queryRaw, toDate } from '../../infra/database/raw';
import { FamilyLink } from './family-link.entity';

export interface FamilyLinkRow extends FamilyLink {
  parentName: string;
  childName: string;
}

/** 亲情代办 links and what was done through them (the audit rows written on each proxied request). */
@Injectable()
export class FamilyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(row: FamilyLink, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(FamilyLink, row);
  }

  find(id: string): Promise<FamilyLink | null> {
    return this.dataSource.manager.findOneBy(FamilyLink, { id });
  }

  /** Whether `childId` may act for `parentId` now. */
  async isActive(parentId: string, childId: string): Promise<boolean> {
    return (await this.dataSource.manager.countBy(FamilyLink, { parentId, childId, status: 'active' })) > 0;
  }

  /** Whether the two are linked either way (pending or active): a handler may not profit from a linked reporter. */
  async areLinked(a: string, b: string): Promise<boolean> {
    const rows = await queryRaw<{ n: number | string }>(
      this.dataSource.manager,
      `SELECT COUNT(*) AS n FROM family_links WHERE live_key IS NOT NULL AND
         ((parent_id = :a AND child_id = :b) OR (parent_id = :b AND child_id = :a))`,
      { a, b },
    );
    return Number(rows[0]?.n ?? 0) > 0;
  }

  /** Family members acting for `parentId` now. */
  async childrenOf(parentId: string): Promise<string[]> {
    const rows = await this.dataSource.manager.find(FamilyLink, { where: { parentId, status: 'active' } });
    return rows.map((r) => r.childId);
  }

  /** Moves a link from `from` to `set.status` once. */
  async move(id: string, from: FamilyLink['status'][], set: Partial<FamilyLink>): Promise<boolean> {
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(FamilyLink)
      .set(set)
      .where('id = :id AND status IN (:...from)', { id, from })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async mine(userId: string): Promise<FamilyLinkRow[]> {
    const rows = await queryRaw<FamilyLinkRow & { createdAt: unknown; confirmedAt: unknown; endedAt: unknown }>(
      this.dataSource.manager,
      `SELECT l.id AS id, l.parent_id AS parentId, l.child_id AS childId, l.relation AS relation, l.status AS status,
         l.confirmed_by AS confirmedBy, l.confirmed_at AS confirmedAt, l.ended_at AS endedAt, l.created_at AS createdAt,
         p.nickname AS parentName, c.nickname AS childName
       FROM family_links l JOIN users p ON p.id = l.parent_id JOIN users c ON c.id = l.child_id
       WHERE (l.parent_id = :userId OR l.child_id = :userId) AND (l.status <> 'ended' OR l.ended_at IS NOT NULL)
       ORDER BY l.created_at DESC LIMIT 50`,
      { userId },
    );
    return rows.map((r) => ({
      ...r,
      createdAt: toDate(r.createdAt),
      confirmedAt: r.confirmedAt ? toDate(r.confirmedAt) : null,
      endedAt: r.endedAt ? toDate(r.endedAt) : null,
    }));
  }

  /** The proxied requests recorded for a pair, newest first. */
  acts(parentId: string, childId: string) {
    return queryRaw<{ at: unknown; childName: string; details: unknown }>(
      this.dataSource.manager,
      `SELECT a.created_at AS at, u.nickname AS childName, a.details AS details FROM audit_logs a
       JOIN users u ON u.id = a.actor_id
       WHERE a.action = 'proxy.act' AND a.target_id = :parentId AND a.actor_id = :childId
       ORDER BY a.created_at DESC LIMIT 50`,
      { parentId, childId },
    );
  }
}
