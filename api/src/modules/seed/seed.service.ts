import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Role } from '@tongxin/types';
import { PinoLogger } from 'nestjs-pino';

import { AppConfig } from '../../infra/config/app-config';
import { PiiCipher } from '../../infra/crypto/pii-cipher';
import { RoleGrant } from '../access/role-grant.entity';
import { CommunityEvent } from '../events/event.entity';
import { EventSeries } from '../events/event-series.entity';
import { ReportCategory } from '../orders/entities/report-category.entity';
import { Place } from '../places/place.entity';
import { PlaceUnit } from '../places/place-unit.entity';
import { PendingAwardsService } from '../points/pending-awards.service';
import { User } from '../users/user.entity';
import { DEMO_USERS, demoUserId } from './demo-data';
import { type DemoHistoryCounts, DemoHistoryService } from './demo-history.service';
import {
  DEMO_BUSINESSES,
  DEMO_NEIGHBOURS,
  DEMO_PAST_EVENTS,
  DEMO_SERIES,
  DEMO_VERIFIED_HOMES,
} from './demo-history-data';
import { demoPendingAward } from './demo-pending-award';
import { buildDemoRows, type DemoRows, eventRow, grantRows, seriesRows, unitRows, userRows } from './demo-rows';
import { SeedRepository } from './seed.repository';

export interface SeedResult {
  seeded: boolean;
  reason: 'seeded' | 'already-seeded' | 'has-real-data' | 'disabled';
  inserted: { places: number; users: number; grants: number; events: number; units: number; categories: number };
  /** The month of history (SEED_DEMO_HISTORY): played now, played by an earlier run, or not wanted. */
  history: { played: DemoHistoryCounts | null; reason: 'played' | 'already-played' | 'off' };
}

@Injectable()
export class SeedService implements OnApplicationBootstrap {
  constructor(
    private readonly repository: SeedRepository,
    private readonly config: AppConfig,
    private readonly logger: PinoLogger,
    private readonly cipher: PiiCipher,
    private readonly history: DemoHistoryService,
    private readonly pendingAwards: PendingAwardsService,
  ) {
    logger.setContext(SeedService.name);
  }

  async onApplicationBootstrap(): Promise<void> {
    const wanted = this.config.seedDemo === 'force' || (this.config.seedDemo === 'auto' && this.config.mode === 'demo');
    if (!wanted) return;
    const started = Date.now();
    const result = await this.seed({ force: this.config.seedDemo === 'force' });
    this.logger.info({ result, ms: Date.now() - started }, 'demo data');
  }

  /**
   * Idempotent: inserts what is missing, then (SEED_DEMO_HISTORY=on) plays the month of history once, when no demo
   * person has filed a report yet. Refuses a database holding real data unless forced.
   */
  async seed(options: { force: boolean; now?: Date; history?: boolean }): Promise<SeedResult> {
    const now = options.now ?? new Date();
    const wantHistory = options.history ?? this.config.seedDemoHistory;
    const base = buildDemoRows(now, this.cipher);
    const extra = historyRows(now, this.cipher);
    // Both layers' ids count as demo rows, so a database seeded with history is still "only demo data".
    const rows = wantHistory ? merge(base, extra) : base;
    const demoIds = merge(base, extra);
    const result = await this.insertRows(rows, demoIds, options.force);
    if (result.reason === 'has-real-data') return { ...result, history: { played: null, reason: 'off' } };
    // Through the service (its own transaction, audited); seeding again finds the same award by its key.
    await this.pendingAwards.propose(demoPendingAward());
    if (!wantHistory) return { ...result, history: { played: null, reason: 'off' } };
    const people = [...DEMO_USERS, ...DEMO_NEIGHBOURS].map((u) => demoUserId(u.key));
    if ((await this.repository.countReportsBy(people)) > 0) {
      return { ...result, history: { played: null, reason: 'already-played' } };
    }
    const played = await this.history.play(now);
    return { ...result, seeded: true, reason: 'seeded', history: { played, reason: 'played' } };
  }

  private insertRows(rows: DemoRows, demo: DemoRows, force: boolean): Promise<Omit<SeedResult, 'history'>> {
    return this.repository.transaction(async (manager) => {
      const none = { places: 0, users: 0, grants: 0, events: 0, units: 0, categories: 0 };
      if (!force) {
        const realRows =
          (await this.repository.countOtherThan(
            Place,
            demo.places.map((r) => r.id),
            manager,
          )) +
          (await this.repository.countOtherThan(
            User,
            demo.users.map((r) => r.id),
            manager,
          )) +
          (await this.repository.countGrantsOfOthersThan(
            demo.users.map((r) => r.id),
            manager,
          )) +
          (await this.repository.countOtherThan(
            CommunityEvent,
            demo.events.map((r) => r.id),
            manager,
          )) +
          (await this.repository.countOtherThan(
            PlaceUnit,
            demo.units.map((r) => r.id),
            manager,
          )) +
          (await this.repository.countOtherThan(
            ReportCategory,
            demo.categories.map((r) => r.id),
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
      // A weekly series goes in after its place; its sessions are counted with the events.
      await this.repository.insertMissing(EventSeries, rows.series, manager);
      const changed = Object.values(inserted).some((n) => n > 0);
      return { seeded: changed, reason: changed ? 'seeded' : 'already-seeded', inserted };
    });
  }
}

/** Rows of the history layer: neighbours, the Binhe businesses, and past events (played live, then moved back). */
function historyRows(now: Date, cipher: PiiCipher): DemoRows {
  const live = new Date(now.getTime() - 60_000);
  // 红石榴课堂 every week: the held sessions are played live like the past events, the rest are ahead.
  const series = seriesRows(DEMO_SERIES, now, (session) =>
    session.index <= DEMO_SERIES.held.length
      ? Object.assign(eventRow(session.event, live), { signupClosesAt: new Date(now.getTime() + 3600_000) })
      : null,
  );
  return {
    places: [],
    users: userRows(DEMO_NEIGHBOURS, cipher),
    grants: grantRows([
      ...DEMO_NEIGHBOURS,
      ...DEMO_USERS.filter((u) => DEMO_VERIFIED_HOMES.includes(u.key)).map((u) => ({
        ...u,
        grants: [{ role: Role.Resident, place: u.home }],
      })),
    ]),
    // Started a minute ago with sign-ups open for an hour: sign-ups and door check-ins happen now, by the rules.
    events: [
      ...DEMO_PAST_EVENTS.map((e) =>
        Object.assign(eventRow(e, live), { signupClosesAt: new Date(now.getTime() + 3600_000) }),
      ),
      ...series.sessions,
    ],
    series: [series.series],
    units: unitRows(DEMO_BUSINESSES),
    categories: [],
  };
}

function merge(a: DemoRows, b: DemoRows): DemoRows {
  return {
    places: [...a.places, ...b.places],
    users: [...a.users, ...b.users],
    grants: [...a.grants, ...b.grants],
    events: [...a.events, ...b.events],
    series: [...a.series, ...b.series],
    units: [...a.units, ...b.units],
    categories: [...a.categories, ...b.categories],
  };
}
