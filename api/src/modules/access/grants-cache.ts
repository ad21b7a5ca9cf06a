import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import type {
  DataSource,
  EntitySubscriberInterface,
  InsertEvent,
  RemoveEvent,
  TransactionCommitEvent,
  UpdateEvent,
} from 'typeorm';

import { AppConfig } from '../../infra/config/app-config';
import type { ActiveGrant } from './access.repository';
import { RECORD_PLACES, type RecordPlaceTable } from './record-places';
import { RoleGrant } from './role-grant.entity';

const CHANGED = Symbol('grantsChanged');
type Flagged = { [CHANGED]?: boolean };

/**
 * Active grants per user, kept in memory for a few seconds: every @Authorize route needs them, and the round
 * trip cost more than the rest of a list request. Any write to role_grants or places (grant, revoke, move,
 * retire) empties the cache when the statement runs and again when its transaction commits, and a load that was
 * running during a write is not kept; another API process sees a change within `GRANTS_CACHE_MS`.
 */
@Injectable()
export class GrantsCache implements EntitySubscriberInterface {
  private readonly entries: LRUCache<string, ActiveGrant[]> | null;
  private generation = 0;

  constructor(
    config: AppConfig,
    @InjectDataSource() dataSource: DataSource,
    @Inject(RECORD_PLACES) private readonly table: RecordPlaceTable,
  ) {
    const ttl = config.grantsCacheMs;
    this.entries = ttl > 0 ? new LRUCache({ max: 20_000, ttl }) : null;
    dataSource.subscribers.push(this);
  }

  async get(userId: string, load: () => Promise<ActiveGrant[]>): Promise<ActiveGrant[]> {
    const cached = this.entries?.get(userId);
    if (cached) return cached;
    const generation = this.generation;
    const grants = await load();
    if (generation === this.generation) this.entries?.set(userId, grants);
    return grants;
  }

  invalidate(): void {
    this.generation += 1;
    this.entries?.clear();
  }

  afterInsert(event: InsertEvent<unknown>): void {
    this.touched(event);
  }

  afterUpdate(event: UpdateEvent<unknown>): void {
    this.touched(event);
  }

  afterRemove(event: RemoveEvent<unknown>): void {
    this.touched(event);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const data = event.queryRunner.data as Flagged;
    if (!data[CHANGED]) return;
    data[CHANGED] = false;
    this.invalidate();
  }

  private touched(event: {
    metadata?: { target: unknown };
    queryRunner: { data: object; isTransactionActive: boolean };
  }): void {
    const target = event.metadata?.target;
    if (target !== RoleGrant && target !== this.table.places) return;
    this.invalidate();
    if (event.queryRunner.isTransactionActive) (event.queryRunner.data as Flagged)[CHANGED] = true;
  }
}
