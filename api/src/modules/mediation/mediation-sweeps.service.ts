import { Injectable } from '@nestjs/common';
import { MediationStatus, NotificationKind, Role } from '@tongxin/types';

import { NotificationsService } from '../notifications/notifications.service';
import { PlacesRepository } from '../places/places.repository';
import { MediationRepository } from './mediation.repository';

const BATCH = 100;

/**
 * Missed deadlines go up to the street: a request not accepted in MEDIATION_ACCEPT_DAYS, an accepted case with no
 * session scheduled in MEDIATION_SESSION_DAYS. Each is marked by a conditional UPDATE on the case's stage, so several
 * replicas sweeping at once tell the street once. The notice names the community, never the parties.
 */
@Injectable()
export class MediationSweepsService {
  constructor(
    private readonly cases: MediationRepository,
    private readonly places: PlacesRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async sweep(now = new Date()): Promise<number> {
    let escalated = 0;
    for (const c of await this.cases.findOverdue(now, BATCH)) {
      const stage = c.status === MediationStatus.Requested ? 'accept' : 'session';
      const community = await this.places.findActiveById(c.communityId);
      const streetId = community?.parentId;
      const told = await this.cases.transaction(async (manager) => {
        if (!(await this.cases.escalate({ id: c.id, status: c.status, stage, at: now }, manager))) return false;
        if (!streetId) return true;
        // The street's 调解工作室负责人; a street without one hears through its admins.
        let to = (await this.cases.holders(streetId, Role.MediationAdmin)).map((h) => h.id);
        if (to.length === 0) to = (await this.cases.holders(streetId, Role.StreetAdmin)).map((h) => h.id);
        await this.notifications.notifyUsers(
          to,
          {
            kind: NotificationKind.MediationEscalated,
            title: '调解案件超时',
            body: `${community?.name ?? ''}有一件调解案件${stage === 'accept' ? '超时未受理' : '受理后超时未安排调解'}`,
            reportId: null,
            eventId: null,
          },
          manager,
        );
        return true;
      });
      if (told) escalated += 1;
    }
    return escalated;
  }
}
