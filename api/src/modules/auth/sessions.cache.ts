import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';

import { AppConfig } from '../../infra/config/app-config';
import { UsersRepository } from '../users/users.repository';

interface SessionState {
  sessionVersion: number;
  deleted: boolean;
}

/**
 * The member's current session version, read on every authenticated request and kept for `GRANTS_CACHE_MS` like
 * grants. Logout and deletion move the version and empty the entry in this process (the next request is refused);
 * other API processes follow within the TTL.
 */
@Injectable()
export class SessionsCache {
  private readonly entries: LRUCache<string, SessionState> | null;
  private generation = 0;

  constructor(
    config: AppConfig,
    private readonly users: UsersRepository,
  ) {
    const ttl = config.grantsCacheMs;
    this.entries = ttl > 0 ? new LRUCache({ max: 50_000, ttl }) : null;
  }

  /** Whether a token issued under `version` still stands for this member. */
  async isCurrent(userId: string, version: number): Promise<boolean> {
    let state = this.entries?.get(userId);
    if (!state) {
      const generation = this.generation;
      state = (await this.users.findSession(userId)) ?? { sessionVersion: -1, deleted: true };
      // A load that overlapped a logout or deletion may have read the old version: use it once, do not keep it.
      if (generation === this.generation) this.entries?.set(userId, state);
    }
    return !state.deleted && state.sessionVersion === version;
  }

  invalidate(userId: string): void {
    this.generation += 1;
    this.entries?.delete(userId);
  }
}
