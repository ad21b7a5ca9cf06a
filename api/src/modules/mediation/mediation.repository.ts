import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type MediationStatus, Role } from '@tongxin/types';
import type { DataSource, EntityManager } from 'typeorm';

import { queryRaw, toDate } from '../../infra/database/raw';
import { inTransaction } from '../../infra/database/transaction';
import { whereWithin } from '../access/access.repository';
import { MediationCase } from './mediation-case.entity';
import { MediationSession } from './mediation-session.entity';

/** A case row with the names a view or list shows. */
export interface CaseNames {
  communityName: string;
  communityPath: string;
  requesterNickname: string | null;
  otherNickname: string | null;
  otherBuildingName: string | null;
  mediatorNickname: string | null;
}

export interface CaseListRow {
  id: string;
  communityName: string;
  kind: MediationCase['kind'];
  status: MediationStatus;
  requesterName: string;
  otherPartyName: string;
  mediatorName: string | null;
  createdAt: Date;
  escalatedAt: Date | null;
  acceptDueAt: Date | null;
  firstSessionDueAt: Date | null;
  followUpDueAt: Date | null;
  followUpAt: Date | null;
}

export type CaseListFilter =
  { view: 'mine'; userId: string } | { view: 'mediating'; userId: string } | { view: 'staff'; scopes: string[] };

/** Mediation cases and their sessions. Every query that returns cases is called only after access was decided. */
@Injectable()
export class MediationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  async insertCase(row: MediationCase, manager: EntityManager): Promise<void> {
    await manager.insert(MediationCase, row);
  }

  findCase(id: string, manager: EntityManager = this.dataSource.manager): Promise<MediationCase | null> {
    return manager.findOneBy(MediationCase, { id });
  }

  /** The case's community and the names around it. */
  async names(c: MediationCase): Promise<CaseNames> {
    const [row] = await queryRaw<CaseNames>(
      this.dataSource.manager,
      `SELECT p.name AS communityName, p.path AS communityPath,
         (SELECT nickname FROM users WHERE id = :requester) AS requesterNickname,
         (SELECT nickname FROM users WHERE id = :other) AS otherNickname,
         (SELECT name FROM places WHERE id = :building) AS otherBuildingName,
         (SELECT nickname FROM users WHERE id = :mediator) AS mediatorNickname
       FROM places p WHERE p.id = :community`,
      {
        community: c.communityId,
        requester: c.requesterId ?? '',
        other: c.otherMemberId ?? '',
        building: c.otherBuildingId ?? '',
        mediator: c.mediatorId ?? '',
      },
    );
    return row;
  }

  /** One move: happens only while the case is in one of `from` (and, when given, still has `mediatorWas`). */
  async transition(
    move: { id: string; from: readonly MediationStatus[]; set: Partial<MediationCase>; mediatorWas?: string | null },
    manager: EntityManager,
  ): Promise<boolean> {
    const query = manager
      .createQueryBuilder()
      .update(MediationCase)
      .set(move.set)
      .where('id = :id AND status IN (:...from)', { id: move.id, from: move.from });
    if (move.mediatorWas === null) query.andWhere('mediator_id IS NULL');
    else if (move.mediatorWas !== undefined) query.andWhere('mediator_id = :was', { was: move.mediatorWas });
    const result = await query.execute();
    return (result.affected ?? 0) > 0;
  }

  /** Sets columns only while `column` is still NULL (a rating, a follow-up: written once). */
  async setOnce(
    id: string,
    column: 'rating' | 'follow_up_at',
    set: Partial<MediationCase>,
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(MediationCase)
      .set(set)
      .where(`id = :id AND ${column} IS NULL`, { id })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async closeRatingFollowUp(id: string, set: Partial<MediationCase>, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(MediationCase)
      .set(set)
      .where("id = :id AND rating_follow_up = 'open'", { id })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async insertSession(row: MediationSession, manager: EntityManager): Promise<void> {
    await manager.insert(MediationSession, row);
  }

  findSessions(caseId: string): Promise<MediationSession[]> {
    return this.dataSource.manager.find(MediationSession, {
      where: { caseId },
      order: { scheduledAt: 'ASC', id: 'ASC' },
    });
  }

  /** Records a scheduled session as held, once. */
  async markHeld(
    held: { caseId: string; sessionId: string; attendees: string[]; notes: string; at: Date },
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(MediationSession)
      .set({ status: 'held', attendees: held.attendees, notes: held.notes, heldAt: held.at })
      .where("id = :sessionId AND case_id = :caseId AND status = 'scheduled'", held)
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async list(
    filter: CaseListFilter,
    page: { offset: number; limit: number; status?: MediationStatus; communityId?: string },
  ) {
    const query = this.dataSource.manager
      .createQueryBuilder(MediationCase, 'c')
      .innerJoin('places', 'p', 'p.id = c.community_id')
      .leftJoin('users', 'r', 'r.id = c.requester_id')
      .leftJoin('users', 'o', 'o.id = c.other_member_id')
      .leftJoin('users', 'm', 'm.id = c.mediator_id')
      .where('1 = 1');
    if (filter.view === 'mine') {
      query.andWhere('(c.requester_id = :me OR c.other_member_id = :me)', { me: filter.userId });
    } else if (filter.view === 'mediating') {
      query.andWhere('c.mediator_id = :me', { me: filter.userId });
    } else {
      whereWithin(query, 'p.path', filter.scopes);
    }
    if (page.status) query.andWhere('c.status = :status', { status: page.status });
    if (page.communityId) query.andWhere('c.community_id = :communityId', { communityId: page.communityId });
    const total = await query.clone().getCount();
    const rows = await query
      .select([
        'c.id AS id',
        'p.name AS communityName',
        'c.kind AS kind',
        'c.status AS status',
        'COALESCE(r.nickname, c.requester_name) AS requesterName',
        'COALESCE(o.nickname, c.other_name) AS otherPartyName',
        'm.nickname AS mediatorName',
        'c.created_at AS createdAt',
        'c.escalated_at AS escalatedAt',
        'c.accept_due_at AS acceptDueAt',
        'c.first_session_due_at AS firstSessionDueAt',
        'c.follow_up_due_at AS followUpDueAt',
        'c.follow_up_at AS followUpAt',
      ])
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .offset(page.offset)
      .limit(page.limit)
      .getRawMany<Record<keyof CaseListRow, unknown>>();
    const date = (v: unknown) => (v === null || v === undefined ? null : toDate(v));
    return {
      total,
      rows: rows.map((r): CaseListRow => ({
        ...(r as unknown as CaseListRow),
        createdAt: toDate(r.createdAt),
        escalatedAt: date(r.escalatedAt),
        acceptDueAt: date(r.acceptDueAt),
        firstSessionDueAt: date(r.firstSessionDueAt),
        followUpDueAt: date(r.followUpDueAt),
        followUpAt: date(r.followUpAt),
      })),
    };
  }

  /** Members with a home in the community whose nickname holds `q` (the other party, picked by name). */
  findResidents(communityPath: string, q: string, exceptUserId: string, limit: number) {
    return queryRaw<{ id: string; name: string; buildingName: string | null }>(
      this.dataSource.manager,
      `SELECT u.id AS id, u.nickname AS name, MIN(b.name) AS buildingName FROM role_grants g
       JOIN places b ON b.id = g.place_id JOIN users u ON u.id = g.user_id
       WHERE g.role = :resident AND g.revoked_at IS NULL AND b.path LIKE :prefix AND u.deleted_at IS NULL
         AND u.id <> :except AND u.nickname LIKE :q
       GROUP BY u.id, u.nickname ORDER BY u.nickname LIMIT ${Number(limit)}`,
      { resident: Role.Resident, prefix: `${communityPath}%`, except: exceptUserId, q: `%${escapeLike(q)}%` },
    );
  }

  /** Whether the member has a home (a resident role) in the community. */
  async livesIn(userId: string, communityPath: string): Promise<boolean> {
    const rows = await queryRaw<{ n: number | string }>(
      this.dataSource.manager,
      `SELECT COUNT(*) AS n FROM role_grants g JOIN places b ON b.id = g.place_id
       WHERE g.user_id = :userId AND g.role = :resident AND g.revoked_at IS NULL AND b.path LIKE :prefix`,
      { userId, resident: Role.Resident, prefix: `${communityPath}%` },
    );
    return Number(rows[0]?.n ?? 0) > 0;
  }

  /** Holders of `role` granted on exactly this place. */
  async holders(placeId: string, role: Role): Promise<{ id: string; name: string }[]> {
    return queryRaw<{ id: string; name: string }>(
      this.dataSource.manager,
      `SELECT DISTINCT u.id AS id, u.nickname AS name FROM role_grants g JOIN users u ON u.id = g.user_id
       WHERE g.place_id = :placeId AND g.role = :role AND g.revoked_at IS NULL AND u.deleted_at IS NULL
       ORDER BY u.nickname`,
      { placeId, role },
    );
  }

  /** Requests not accepted in time, and accepted cases with no session scheduled in time, not yet told. */
  findOverdue(now: Date, limit: number): Promise<MediationCase[]> {
    return this.dataSource.manager
      .createQueryBuilder(MediationCase, 'c')
      .where(
        "(c.status = 'requested' AND c.accept_due_at < :now AND c.escalated_stage IS NULL) OR " +
          "(c.status = 'accepted' AND c.first_session_due_at < :now AND " +
          "(c.escalated_stage IS NULL OR c.escalated_stage = 'accept'))",
        { now },
      )
      .orderBy('c.created_at', 'ASC')
      .take(limit)
      .getMany();
  }

  /** Marks a missed deadline once: the conditional UPDATE two sweeps race on. */
  async escalate(
    step: { id: string; status: MediationStatus; stage: 'accept' | 'session'; at: Date },
    manager: EntityManager,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(MediationCase)
      .set({ escalatedStage: step.stage, escalatedAt: step.at })
      .where('id = :id AND status = :status', step)
      .andWhere(
        step.stage === 'accept' ? 'escalated_stage IS NULL' : "(escalated_stage IS NULL OR escalated_stage = 'accept')",
      )
      .execute();
    return (result.affected ?? 0) > 0;
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
