import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

import { AppConfig } from '../../infra/config/app-config';
import { PiiCipher } from '../../infra/crypto/pii-cipher';
import { RoleGrant } from '../access/role-grant.entity';
import { CommunityEvent } from '../events/event.entity';
import { ReportCategory } from '../orders/entities/report-category.entity';
import { Place } from '../places/place.entity';
import { PlaceUnit } from '../places/place-unit.entity';
import { PendingAwardsService } from '../points/pending-awards.service';
import { User } from '../users/user.entity';
import { demoPendingAward } from './demo-pending-award';
import { buildDemoRows } from './demo-rows';
import { SeedRepository } from './seed.repository';

export interface SeedResult {
  seeded: boolean;
  reason: 'seeded' | 'already-seeded' | 'has-real-data' | 'disabled';
  inserted: { places: number; users: number; grants: number; events: number; units: number; categories: number };
}

@Injectable()
export class SeedService implements OnApplicationBootstrap {
  constructor(
    private readonly repository: SeedRepository,
    private readonly config: AppConfig,
    private readonly logger: PinoLogger,
    private readonly cipher: PiiCipher,
    private readonly pendingAwards: PendingAwardsService,
  ) {
    logger.setContext(SeedService.name);
  }

  async onApplicationBootstrap(): Promise<void> {
    const wanted = this.config.seedDemo === 'force' || (this.config.seedDemo === 'auto' && this.config.mode === 'demo');
    if (!wanted) return;
    const result = await this.seed({ force: this.config.seedDemo === 'force' });
    this.logger.info({ result }, 'demo data');
  }

  /** Idempotent: inserts what is missing. Refuses a database holding real data unless forced. */
  async seed(options: { force: boolean; now?: Date }): Promise<SeedResult> {
    const rows = buildDemoRows(options.now ?? new Date(), this.cipher);
    const result = await this.repository.transaction(async (manager): Promise<SeedResult> => {
      const none = { places: 0, users: 0, grants: 0, events: 0, units: 0, categories: 0 };
      if (!options.force) {
        const realRows =
          (await this.repository.countOtherThan(
            Place,
            rows.places.map((r) => r.id),
            manager,
          )) +
          (await this.repository.countOtherThan(
            User,
            rows.users.map((r) => r.id),
            manager,
          )) +
          (await this.repository.countOtherThan(
            RoleGrant,
            rows.grants.map((r) => r.id),
            manager,
          )) +
          (await this.repository.countOtherThan(
            CommunityEvent,
            rows.events.map((r) => r.id),
            manager,
          )) +
          (await this.repository.countOtherThan(
            PlaceUnit,
            rows.units.map((r) => r.id),
            manager,
          )) +
          (await this.repository.countOtherThan(
            ReportCategory,
            rows.categories.map((r) => r.id),
            manager,
          ));
        if (realRows > 0) return { seeded: false, reason: 'has-real-data', inserted: none };
      }
      const inserted = {
        places: await this.repository.insertMissing(Place, rows.places, manager),
        users: await this.repository.insertMissing(User, rows.users, manager),
        grants: await this.repository.insertMissing(RoleGrant, rows.grants, manager),
        events: await this.repository.insertMissing(CommunityEvent, rows.events, manager),
        units: await this.repository.insertMissing(PlaceUnit, rows.units, manager),
        categories: await this.repository.insertMissing(ReportCategory, rows.categories, manager),
      };
      const changed = Object.values(inserted).some((n) => n > 0);
      return { seeded: changed, reason: changed ? 'seeded' : 'already-seeded', inserted };
    });
    if (result.reason === 'has-real-data') return result;
    // Through the service (its own transaction, audited); seeding again finds the same award by its key.
    await this.pendingAwards.propose(demoPendingAward());
    return result;
  }
}
