import { Injectable } from '@nestjs/common';
import { NotificationKind, Role } from '@tongxin/types';

import { AppConfig } from '../../infra/config/app-config';
import { NotificationsService } from '../notifications/notifications.service';
import { CareRepository } from './care.repository';
import { SafetyService } from './safety.service';

const DAY_MS = 86_400_000;
const BATCH = 200;

/**
 * Time-driven care work, safe on several replicas (each row moves by a conditional UPDATE): a visit a whole interval
 * overdue reaches the community's 帮扶专干 once; 平安打卡 misses move on (`SafetyService`); records closed for
 * CARE_RETENTION_DAYS lose their personal data.
 */
@Injectable()
export class CareSweepsService {
  constructor(
    private readonly care: CareRepository,
    private readonly safety: SafetyService,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
  ) {}

  async sweep(now = new Date()): Promise<number> {
    return (await this.overdue(now)) + (await this.safety.sweep(now)) + (await this.anonymise(now));
  }

  async overdue(now = new Date()): Promise<number> {
    let told = 0;
    for (const r of await this.care.longOverdue(now, BATCH)) {
      const sent = await this.care.transaction(async (manager) => {
        if (!(await this.care.markOverdueTold(r.id, now, manager))) return false;
        await this.notifications.notifyUsers(
          await this.care.holders(r.communityId, Role.CareWorker),
          {
            kind: NotificationKind.CareVisitOverdue,
            title: '走访逾期',
            body: `${r.household} 的${r.personNameMask}已超过走访周期一倍以上未走访，请督促网格员`,
            reportId: null,
            eventId: null,
          },
          manager,
        );
        return true;
      });
      if (sent) told += 1;
    }
    return told;
  }

  async anonymise(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.config.care.retentionDays * DAY_MS);
    let done = 0;
    for (const r of await this.care.toAnonymise(before, BATCH)) {
      const ok = await this.care.transaction((manager) =>
        this.care.anonymise(
          r.id,
          {
            anonymisedAt: now,
            personNameCipher: '',
            personNameMask: '已匿名',
            phoneCipher: null,
            memberId: null,
            needsCipher: '',
            situationCipher: null,
            helperMemberId: null,
            helperName: null,
          },
          '',
          manager,
        ),
      );
      if (ok) done += 1;
    }
    return done;
  }
}
