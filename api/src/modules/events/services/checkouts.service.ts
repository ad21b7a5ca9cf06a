import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  EventType,
  type ManualCheckinRequest,
  ScanOutcome,
  type ScanRequest,
  type ScanResult,
} from '@tongxin/types';

import { isUniqueViolation } from '../../../infra/database/db-errors';
import { newId } from '../../../infra/database/ids';
import { DomainException } from '../../../infra/http/domain.exception';
import type { Caller } from '../../access/authorize.decorator';
import type { Checkin } from '../checkin.entity';
import { withinWindow } from '../checkin-window';
import type { CommunityEvent } from '../event.entity';
import { CheckinsRepository } from '../repositories/checkins.repository';
import { EventSignupsRepository } from '../repositories/event-signups.repository';
import { EventsRepository } from '../repositories/events.repository';
import { VolunteerHoursRepository } from '../repositories/volunteer-hours.repository';
import { Scan } from '../scan.entity';
import { checkoutTime, serviceMinutes } from '../volunteer-hours';
import { VolunteerHours } from '../volunteer-hours.entity';
import { type DoorScan, DoorScansService } from './door-scans.service';
import { EventPointsService } from './event-points.service';

class Retry extends Error {}

type Method = NonNullable<Checkin['checkoutMethod']>;

/** A single online 签退 that does not count is refused with a code (a batch reports per item). */
function refuseBadCheckout(result: ScanResult): ScanResult {
  switch (result.outcome) {
    case ScanOutcome.SelfCheckin:
      throw new DomainException(ErrorCode.SelfCheckin, '不能给自己签退，请由其他组织者签退', result);
    case ScanOutcome.Revoked:
      throw new DomainException(ErrorCode.TicketRevoked, '该入场券已作废', result);
    case ScanOutcome.NotCheckedIn:
      throw new DomainException(ErrorCode.NotCheckedIn, '还没有签到，不能签退', result);
    case ScanOutcome.CheckoutBeforeCheckin:
      throw new DomainException(ErrorCode.CheckoutBeforeCheckin, '签退时间早于签到时间', result);
    case ScanOutcome.Invalid:
    case ScanOutcome.WrongEvent:
    case ScanOutcome.OutsideWindow:
      throw new DomainException(
        ErrorCode.TicketInvalid,
        result.outcome === ScanOutcome.WrongEvent
          ? '不是本场活动的入场券'
          : result.outcome === ScanOutcome.OutsideWindow
            ? '不在签退时间内'
            : '入场券无效',
        result,
      );
    default:
      return result;
  }
}

/**
 * 签退 at a volunteer event. The 签退 is written once on the registration's live check-in by a conditional UPDATE
 * (a second scanner, a retry, a re-upload finds it done); the one that writes it counts the time (out − in, capped
 * at the event's length) and pays its points under the registration's idempotency key, in the same transaction.
 * Nobody checks themselves out: the door is where hours are made, so the volunteer is never the one scanning.
 */
@Injectable()
export class CheckoutsService {
  constructor(
    private readonly door: DoorScansService,
    private readonly checkins: CheckinsRepository,
    private readonly signups: EventSignupsRepository,
    private readonly events: EventsRepository,
    private readonly hours: VolunteerHoursRepository,
    private readonly points: EventPointsService,
  ) {}

  async scan(caller: Caller, eventId: string, request: ScanRequest): Promise<ScanResult> {
    await this.volunteerEvent(eventId);
    return refuseBadCheckout(await this.judge({ caller, eventId, request, method: 'online' }));
  }

  /** An offline scanner's 签退 upload, one answer per scan in order (after its check-ins were uploaded). */
  async scanBatch(caller: Caller, eventId: string, scans: ScanRequest[]): Promise<ScanResult[]> {
    await this.volunteerEvent(eventId);
    const results: ScanResult[] = [];
    for (const request of scans) results.push(await this.judge({ caller, eventId, request, method: 'offline' }));
    return results;
  }

  /** 签退 by name for someone without a phone: now, within the check-in window. */
  async manual(caller: Caller, eventId: string, body: ManualCheckinRequest): Promise<ScanResult> {
    await this.volunteerEvent(eventId);
    const earlier = await this.door.earlier(eventId, body.nonce);
    if (earlier) return refuseBadCheckout(earlier);
    const scannedAt = new Date();
    const window = await this.door.currentWindow(eventId);
    if (!window || !withinWindow(window, scannedAt)) {
      throw new DomainException(ErrorCode.OutsideCheckinWindow, '不在签退时间内', {
        from: window?.from.toISOString(),
        until: window?.until.toISOString(),
      });
    }
    const door: DoorScan = { caller, eventId, nonce: body.nonce, scannedAt };
    return refuseBadCheckout(await this.checkOut({ ...door, registrationId: body.registrationId, method: 'manual' }));
  }

  /** 签退 belongs to volunteer events: any other event refuses the whole request. */
  private async volunteerEvent(eventId: string): Promise<CommunityEvent> {
    const event = await this.events.findById(eventId);
    if (!event) throw new DomainException(ErrorCode.EventNotFound, '活动不存在');
    if (event.type !== EventType.Volunteer) {
      throw new DomainException(ErrorCode.NotVolunteerEvent, '只有志愿服务活动需要签退');
    }
    return event;
  }

  private async judge(scan: {
    caller: Caller;
    eventId: string;
    request: ScanRequest;
    method: 'online' | 'offline';
  }): Promise<ScanResult> {
    const earlier = await this.door.earlier(scan.eventId, scan.request.nonce);
    if (earlier) return earlier;
    const admitted = await this.door.admit(scan);
    if ('outcome' in admitted) return admitted;
    return this.checkOut({ ...admitted.door, registrationId: admitted.registrationId, method: scan.method });
  }

  private async checkOut(scan: DoorScan & { registrationId: string; method: Method }): Promise<ScanResult> {
    const { caller, eventId, nonce, registrationId, method } = scan;
    const door: DoorScan = { caller, eventId, nonce, scannedAt: scan.scannedAt };
    const registration = await this.signups.findRegistration(registrationId);
    if (!registration || registration.eventId !== eventId) {
      return this.door.record({ ...door, registrationId, outcome: ScanOutcome.Invalid });
    }
    if (registration.status !== 'confirmed') {
      return this.door.record({ ...door, registrationId, outcome: ScanOutcome.Revoked });
    }
    if (registration.memberId === caller.userId) {
      return this.door.record({ ...door, registrationId, outcome: ScanOutcome.SelfCheckin });
    }
    const event = await this.volunteerEvent(eventId);
    const at = checkoutTime(scan.scannedAt, new Date());
    const live = await this.checkins.findLiveCheckin(registrationId);
    const refusal = this.refusal(live, at);
    // An offline 签退 the server cannot take (its check-in not uploaded yet, another scanner first) is kept for
    // the organizer to look at; the time can then be set by an adjustment.
    if (refusal) return this.door.record({ ...door, registrationId, ...refusal, review: method === 'offline' });
    const checkin = live as Checkin;
    const minutes = serviceMinutes({ checkedInAt: checkin.scannedAt, checkedOutAt: at, event });
    // Points are readied before the transaction (reads on other connections) and paid inside it.
    const worth = await this.points.volunteerWorth(event, registration.memberId, minutes);
    const award =
      worth.communityId && !(await this.hours.findByRegistration(registrationId))
        ? await this.points.prepareVolunteer({
            memberId: registration.memberId,
            eventId,
            communityId: worth.communityId,
            points: worth.points,
            idempotencyKey: `volunteer-hours:${registrationId}`,
            actorId: caller.userId,
            reason: null,
          })
        : null;
    for (let attempt = 0; ; attempt += 1) {
      try {
        const answer = await this.checkins.transaction(async (manager) => {
          if (!(await this.checkins.checkOut({ registrationId, at, scannerId: caller.userId, method }, manager))) {
            // Another scanner (or an undo) got there between the read above and this statement.
            const lost = this.refusal(await this.checkins.findLiveCheckin(registrationId, manager), at);
            if (!lost) throw new Retry();
            const review = method === 'offline';
            await this.insertScan({ ...door, registrationId, ...lost, review }, manager);
            return { ...lost, review };
          }
          // The first 签退 or adjustment counts the time; an adjustment made before the 签退 stands.
          if (!(await this.hours.findByRegistration(registrationId, manager))) {
            const paid = await this.points.payIn(manager, award);
            try {
              await this.hours.insert(
                Object.assign(new VolunteerHours(), {
                  id: newId(),
                  registrationId,
                  eventId,
                  memberId: registration.memberId,
                  eventStartsAt: event.startsAt,
                  minutes,
                  measuredMinutes: minutes,
                  pointsPaid: paid,
                  communityId: paid > 0 ? worth.communityId : null,
                  revision: 0,
                  adjustmentReason: null,
                  adjustedAt: null,
                }),
                manager,
              );
            } catch (error) {
              if (isUniqueViolation(error)) throw new Retry();
              throw error;
            }
          }
          const outcome = ScanOutcome.CheckedOut;
          await this.insertScan({ ...door, registrationId, outcome, checkin, review: false }, manager);
          const done: Checkin = {
            ...checkin,
            checkedOutAt: at,
            checkoutScannerId: caller.userId,
            checkoutMethod: method,
          };
          return { outcome, checkin: done, review: false };
        });
        return this.door.result({ nonce, registrationId, ...answer });
      } catch (error) {
        if (error instanceof Retry && attempt < 2) continue;
        if (isUniqueViolation(error)) {
          const first = await this.door.earlier(eventId, nonce);
          if (first) return first;
        }
        throw error;
      }
    }
  }

  /** Why a 签退 at `at` cannot be written on this check-in; null when it can. */
  private refusal(live: Checkin | null, at: Date): { outcome: ScanOutcome; checkin: Checkin | null } | null {
    if (!live) return { outcome: ScanOutcome.NotCheckedIn, checkin: null };
    if (live.checkedOutAt) return { outcome: ScanOutcome.AlreadyCheckedOut, checkin: live };
    if (live.scannedAt > at) return { outcome: ScanOutcome.CheckoutBeforeCheckin, checkin: live };
    return null;
  }

  private async insertScan(
    scan: DoorScan & { registrationId: string; outcome: ScanOutcome; checkin: Checkin | null; review: boolean },
    manager: Parameters<CheckinsRepository['insertScan']>[1],
  ): Promise<void> {
    await this.checkins.insertScan(
      Object.assign(new Scan(), {
        nonce: scan.nonce,
        eventId: scan.eventId,
        registrationId: scan.registrationId,
        scannerId: scan.caller.userId,
        outcome: scan.outcome,
        checkinId: scan.checkin?.id ?? null,
        needsReview: scan.review,
        scannedAt: scan.scannedAt,
      }),
      manager,
    );
  }
}
