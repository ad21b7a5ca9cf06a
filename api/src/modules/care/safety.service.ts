import { Injectable } from '@nestjs/common';
import { NotificationKind, type SafetyCheckView } from '@tongxin/types';

import { chinaDate } from '../../infra/time/china-time';
import type { Caller } from '../access/authorize.decorator';
import { FamilyService } from '../family/family.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ReportsService } from '../orders/services/reports.service';
import { CareRepository } from './care.repository';
import type { CareRecord } from './entities/care-record.entity';

const DAY_MS = 86_400_000;
const BATCH = 200;

/** Whole China days between the last check-in day and `today`, not counting either: the days missed. */
export function daysMissed(lastSafeDay: string, today: string): number {
  return Math.max(
    0,
    Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${lastSafeDay}T00:00:00Z`)) / DAY_MS) - 1,
  );
}

/**
 * 平安打卡 for elders living alone: one tap a day. A missed day tells the paired helper, the responsible grid worker
 * and the family members acting for the elder (亲情代办); a second files a need (上门敲门确认) in the elder's grid for someone to knock on the door, whose order records
 * what they found. Each step is a conditional UPDATE on the record's stage for the same last check-in, so sweeps on
 * several replicas take it once.
 */
@Injectable()
export class SafetyService {
  constructor(
    private readonly care: CareRepository,
    private readonly notifications: NotificationsService,
    private readonly reports: ReportsService,
    private readonly family: FamilyService,
  ) {}

  async state(caller: Caller, now = new Date()): Promise<SafetyCheckView> {
    const r = await this.care.safetyRecordOf(caller.userId);
    const today = chinaDate(now);
    return {
      enrolled: r !== null,
      lastDay: r?.lastSafeDay ?? null,
      checkedToday: r?.lastSafeDay === today,
    };
  }

  async checkIn(caller: Caller, now = new Date()): Promise<SafetyCheckView> {
    const r = await this.care.safetyRecordOf(caller.userId);
    if (!r) return this.state(caller, now);
    const day = chinaDate(now);
    await this.care.transaction((manager) =>
      this.care.checkIn({ memberId: caller.userId, day, recordId: r.id, by: 'self', createdAt: now }, manager),
    );
    return this.state(caller, now);
  }

  /** Moves every record whose elder missed a day one stage on; returns how many moved. */
  async sweep(now = new Date()): Promise<number> {
    const today = chinaDate(now);
    let moved = 0;
    for (const r of await this.care.missedSince(chinaDate(new Date(now.getTime() - DAY_MS)), BATCH)) {
      if (!r.lastSafeDay) continue;
      const missed = daysMissed(r.lastSafeDay, today);
      if (missed >= 2 && r.safetyStage < 2) moved += (await this.knock(r)) ? 1 : 0;
      else if (missed >= 1 && r.safetyStage < 1) moved += (await this.tellHelper(r)) ? 1 : 0;
    }
    return moved;
  }

  private async tellHelper(r: CareRecord): Promise<boolean> {
    return this.care.transaction(async (manager) => {
      const won = await this.care.raiseSafetyStage(
        { id: r.id, lastSafeDay: r.lastSafeDay as string, from: r.safetyStage, to: 1 },
        manager,
      );
      if (!won) return false;
      const family = r.memberId ? await this.family.childrenOf(r.memberId) : [];
      await this.notifications.notifyUsers(
        [r.helperMemberId, r.responsibleId, ...family].filter((u): u is string => !!u),
        {
          kind: NotificationKind.SafetyMissed,
          title: '平安打卡提醒',
          body: `${r.household} 的${r.personNameMask}昨天没有平安打卡，请打个电话问问`,
          reportId: null,
          eventId: null,
        },
        manager,
      );
      return true;
    });
  }

  /** Two days missed: a need in the elder's grid to knock on the door, filed as the responsible grid worker. */
  private async knock(r: CareRecord): Promise<boolean> {
    const won = await this.care.transaction((manager) =>
      this.care.raiseSafetyStage(
        { id: r.id, lastSafeDay: r.lastSafeDay as string, from: r.safetyStage, to: 2 },
        manager,
      ),
    );
    if (!won || !r.responsibleId || !r.buildingId) return won;
    const filed = await this.reports.file(
      { userId: r.responsibleId },
      {
        categoryId: await this.care.elderCareCategoryOf(r.communityId),
        text: `平安打卡：${r.household} 的${r.personNameMask}已连续两天未打卡，请上门敲门确认平安并记录情况`,
        photoIds: [],
        location: { buildingId: r.buildingId, detail: r.household },
      },
    );
    await this.care.transaction((manager) =>
      this.care.raiseSafetyStage(
        { id: r.id, lastSafeDay: r.lastSafeDay as string, from: 2, to: 2, reportId: filed.id },
        manager,
      ),
    );
    return true;
  }
}
