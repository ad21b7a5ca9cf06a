import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type FlaggableKind, type FlagReason, type ModerationSource, ModerationState } from '@tongxin/types';
import { DataSource, type EntityManager } from 'typeorm';

import { isUniqueViolation } from '../../infra/database/db-errors';
import { toDate } from '../../infra/database/raw';
import { inTransaction } from '../../infra/database/transaction';
import { whereWithin } from '../access/access.repository';
import { Place } from '../places/place.entity';
import { User } from '../users/user.entity';
import { ContentFlag } from './entities/content-flag.entity';
import { MediaCheck } from './entities/media-check.entity';
import { ModerationCase } from './entities/moderation-case.entity';
import { ModerationWord } from './entities/moderation-word.entity';

/** The states in which a record is kept from everyone but its author. */
export const UNSEEN_STATES: readonly ModerationState[] = [
  ModerationState.Held,
  ModerationState.Hidden,
  ModerationState.Removed,
];
const OPEN_STATES: readonly ModerationState[] = [ModerationState.Held, ModerationState.Hidden];

/**
 * SQL for "others may see this record": no case keeps it from them. For lists of records others see: `kind` is a
 * constant, `idColumn` a column of the caller's query. Served by the unique index (record_kind, record_id).
 */
export function seenByOthers(kind: FlaggableKind, idColumn: string): string {
  const states = UNSEEN_STATES.map((s) => `'${s}'`).join(', ');
  return (
    `NOT EXISTS (SELECT 1 FROM moderation_cases mc ` +
    `WHERE mc.record_kind = '${kind}' AND mc.record_id = ${idColumn} AND mc.state IN (${states}))`
  );
}

/** As `seenByOthers`, and the author sees their own whatever its state (`authorColumn` = the `viewerParam`). */
export function seenByOthersOrAuthor(
  kind: FlaggableKind,
  idColumn: string,
  authorColumn: string,
  viewerParam: string,
): string {
  return `(${authorColumn} = :${viewerParam} OR ${seenByOthers(kind, idColumn)})`;
}

export interface CaseRow {
  id: string;
  recordKind: FlaggableKind;
  recordId: string;
  placeId: string;
  placeName: string;
  authorId: string | null;
  authorNickname: string | null;
  state: ModerationState;
  source: ModerationSource;
  excerpt: string;
  flagCount: number;
  createdAt: Date;
  decidedAt: Date | null;
  decisionReason: string | null;
}

type RawCaseRow = Omit<CaseRow, 'flagCount' | 'createdAt' | 'decidedAt'> & {
  flagCount: number | string;
  createdAt: Date | string;
  decidedAt: Date | string | null;
};

export interface CaseFilter {
  id?: string;
  scopes?: string[];
  status?: 'open' | 'decided';
  offset: number;
  limit: number;
}

export interface CaseDecision {
  id: string;
  to: typeof ModerationState.Passed | typeof ModerationState.Removed;
  decidedBy: string;
  reason: string;
}

@Injectable()
export class ModerationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, work);
  }

  /** Opens a case for a record; when one exists (passed earlier), it becomes `state` again. */
  async openCase(row: ModerationCase, manager: EntityManager = this.dataSource.manager): Promise<void> {
    try {
      await manager.insert(ModerationCase, row);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await manager.update(
        ModerationCase,
        { recordKind: row.recordKind, recordId: row.recordId },
        { state: row.state, source: row.source, flagCount: row.flagCount, decidedBy: null, decidedAt: null },
      );
    }
  }

  findCaseByRecord(kind: FlaggableKind, recordId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(ModerationCase, { where: { recordKind: kind, recordId } });
  }

  /** A record's state for its author (held, hidden, removed), or null when others see it. */
  async unseenStates(kind: FlaggableKind, recordIds: string[]): Promise<Map<string, ModerationState>> {
    if (recordIds.length === 0) return new Map();
    const rows = await this.dataSource.manager
      .createQueryBuilder(ModerationCase, 'c')
      .select(['c.record_id AS recordId', 'c.state AS state'])
      .where('c.record_kind = :kind AND c.record_id IN (:...recordIds) AND c.state IN (:...states)', {
        kind,
        recordIds,
        states: UNSEEN_STATES,
      })
      .getRawMany<{ recordId: string; state: ModerationState }>();
    return new Map(rows.map((r) => [r.recordId, r.state]));
  }

  /** False when this member had flagged this record already (one flag per member and record). */
  async insertFlag(flag: ContentFlag, manager: EntityManager): Promise<boolean> {
    try {
      await manager.insert(ContentFlag, flag);
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  countFlags(kind: FlaggableKind, recordId: string, manager: EntityManager): Promise<number> {
    return manager.count(ContentFlag, { where: { recordKind: kind, recordId } });
  }

  async setFlagCount(caseId: string, flagCount: number, manager: EntityManager): Promise<void> {
    await manager.update(ModerationCase, { id: caseId }, { flagCount });
  }

  /** Flag reasons per record, most frequent first. */
  async reasonCounts(
    records: { kind: FlaggableKind; id: string }[],
  ): Promise<Map<string, { reason: FlagReason; count: number }[]>> {
    const result = new Map<string, { reason: FlagReason; count: number }[]>();
    if (records.length === 0) return result;
    const rows = await this.dataSource.manager
      .createQueryBuilder(ContentFlag, 'f')
      .select(['f.record_kind AS kind', 'f.record_id AS recordId', 'f.reason AS reason', 'COUNT(*) AS n'])
      .where('f.record_id IN (:...ids)', { ids: records.map((r) => r.id) })
      .groupBy('f.record_kind')
      .addGroupBy('f.record_id')
      .addGroupBy('f.reason')
      .getRawMany<{ kind: FlaggableKind; recordId: string; reason: FlagReason; n: number | string }>();
    for (const row of rows) {
      const key = `${row.kind}:${row.recordId}`;
      result.set(key, [...(result.get(key) ?? []), { reason: row.reason, count: Number(row.n) }]);
    }
    for (const list of result.values()) list.sort((a, b) => b.count - a.count);
    return result;
  }

  /** Open cases oldest first, decided ones newest first; scoped by the case's place. */
  async findCases(filter: CaseFilter): Promise<{ rows: CaseRow[]; total: number }> {
    const query = this.dataSource.manager
      .createQueryBuilder(ModerationCase, 'c')
      .innerJoin(Place, 'pl', 'pl.id = c.place_id')
      .leftJoin(User, 'a', 'a.id = c.author_id');
    if (filter.id) query.andWhere('c.id = :id', { id: filter.id });
    if (filter.scopes) whereWithin(query, 'pl.path', filter.scopes);
    if (filter.status === 'open') query.andWhere('c.state IN (:...open)', { open: OPEN_STATES });
    if (filter.status === 'decided') query.andWhere('c.state NOT IN (:...open)', { open: OPEN_STATES });
    const total = await query.clone().getCount();
    const raw = await query
      .select([
        'c.id AS id',
        'c.record_kind AS recordKind',
        'c.record_id AS recordId',
        'c.place_id AS placeId',
        'pl.name AS placeName',
        'c.author_id AS authorId',
        'a.nickname AS authorNickname',
        'c.state AS state',
        'c.source AS source',
        'c.excerpt AS excerpt',
        'c.flag_count AS flagCount',
        'c.created_at AS createdAt',
        'c.decided_at AS decidedAt',
        'c.decision_reason AS decisionReason',
      ])
      .orderBy('c.created_at', filter.status === 'decided' ? 'DESC' : 'ASC')
      .addOrderBy('c.id', 'ASC')
      .offset(filter.offset)
      .limit(filter.limit)
      .getRawMany<RawCaseRow>();
    const rows = raw.map((r) => ({
      ...r,
      flagCount: Number(r.flagCount),
      createdAt: toDate(r.createdAt),
      decidedAt: r.decidedAt ? toDate(r.decidedAt) : null,
    }));
    return { rows, total };
  }

  /** Decides an open case once: false when it was decided already. */
  async decide(decision: CaseDecision, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ModerationCase)
      .set({
        state: decision.to,
        decidedBy: decision.decidedBy,
        decidedAt: new Date(),
        decisionReason: decision.reason,
      })
      .where('id = :id AND state IN (:...open)', { id: decision.id, open: OPEN_STATES })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async wordsOf(streetId: string): Promise<string[]> {
    const rows = await this.dataSource.manager.find(ModerationWord, { where: { streetId }, select: { word: true } });
    return rows.map((r) => r.word);
  }

  async pageWords(streetId: string, offset: number, limit: number): Promise<{ rows: ModerationWord[]; total: number }> {
    const [rows, total] = await this.dataSource.manager.findAndCount(ModerationWord, {
      where: { streetId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { rows, total };
  }

  /** False when the street has this word already. */
  async insertWord(word: ModerationWord): Promise<boolean> {
    try {
      await this.dataSource.manager.insert(ModerationWord, word);
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  findWord(id: string): Promise<ModerationWord | null> {
    return this.dataSource.manager.findOne(ModerationWord, { where: { id } });
  }

  async deleteWord(id: string): Promise<void> {
    await this.dataSource.manager.delete(ModerationWord, { id });
  }

  async insertMediaCheck(check: MediaCheck): Promise<void> {
    await this.dataSource.manager.insert(MediaCheck, check);
  }

  findMediaCheck(traceId: string): Promise<MediaCheck | null> {
    return this.dataSource.manager.findOne(MediaCheck, { where: { traceId } });
  }
}
