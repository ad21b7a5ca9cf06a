import { Injectable } from '@nestjs/common';
import { toBase64Url } from '@tongxin/tickets';
import {
  ErrorCode,
  EventType,
  type ManualCheckinRequest,
  type OfflineKit,
  type RosterEntry,
  ScanOutcome,
  type ScanRequest,
  type ScanResult,
} from '@tongxin/types';

import { AppConfig } from '../../../infra/config/app-config';
import { PiiCipher } from '../../../infra/crypto/pii-cipher';
import { isUniqueViolation } from '../../../infra/database/db-errors';
import { newId } from '../../../infra/database/ids';
import { DomainException } from '../../../infra/http/domain.exception';
import type { Caller } from '../../access/authorize.decorator';
import { attendanceCsv, type AttendanceTable, attendanceTable, attendanceXlsx } from '../attendance-export';
import { Checkin } from '../checkin.entity';
import { checkinWindow, withinWindow } from '../checkin-window';
import { type DecryptPhone, toOfflineKit, toRosterEntry } from '../events.mapper';
import { CheckinsRepository } from '../repositories/checkins.repository';
import { EventSignupsRepository } from '../repositories/event-signups.repository';
import { EventsRepository } from '../repositories/events.repository';
import { VolunteerHoursRepository } from '../repositories/volunteer-hours.repository';
import { Scan } from '../scan.entity';
import { TicketKeys } from '../ticket-keys';
import { withVolunteerTime } from '../volunteer-hours.mapper';
import { type DoorScan, DoorScansService } from './door-scans.service';
import { EventPointsService } from './event-points.service';

class Retry extends Error {}

/** A check-in of oneself is refused with a code, online or by name (an offline batch reports it per item). */
function refuseSelfCheckin(result: ScanResult): ScanResult {
  if (result.outcome === ScanOutcome.SelfCheckin) {
    throw new DomainException(ErrorCode.SelfCheckin, '不能给自己签到，请由其他组织者签到', result);
  }
  return result;
}

/** A single online scan of a ticket that does not count is refused with a code (a batch reports per item). */
function refuseBadTicket(result: ScanResult): ScanResult {
  refuseSelfCheckin(result);
  if (result.outcome === ScanOutcome.Revoked)
    throw new DomainException(ErrorCode.TicketRevoked, '该入场券已作废', result);
  if (
    result.outcome === ScanOutcome.Invalid ||
    result.outcome === ScanOutcome.WrongEvent ||
    result.outcome === ScanOutcome.OutsideWindow
  ) {
    const message =
      result.outcome === ScanOutcome.WrongEvent
        ? '不是本场活动的入场券'
        : result.outcome === ScanOutcome.OutsideWindow
          ? '不在签到时间内'
          : '入场券无效';
    throw new DomainException(ErrorCode.TicketInvalid, message, result);
  }
  return result;
}

/**
 * Check-in at the door. A ticket is checked in at most once per event (a unique live key per registration),
 * whatever the number of scanners, retries (same nonce → same answer) or late offline uploads; attendance
 * points are paid once, after the check-in is recorded.
 */
@Injectable()
export class CheckinsService {
  constructor(
    private readonly checkins: CheckinsRepository,
    private readonly signups: EventSignupsRepository,
    private readonly events: EventsRepository,
    private readonly hours: VolunteerHoursRepository,
    private readonly door: DoorScansService,
    private readonly points: EventPointsService,
    private readonly cipher: PiiCipher,
    private readonly config: AppConfig,
    private readonly keys: TicketKeys,
  ) {}

  private readonly decrypt: DecryptPhone = (cipher) => this.cipher.decrypt(cipher);

  /** An online scan: a ticket that does not count is refused with its code. */
  async scan(caller: Caller, eventId: string, request: ScanRequest): Promise<ScanResult> {
    return refuseBadTicket(await this.judge({ caller, eventId, request, method: 'online' }));
  }

  /** An offline scanner's upload, one answer per scan in order; duplicates of check-ins go to review. */
  async scanBatch(caller: Caller, eventId: string, scans: ScanRequest[]): Promise<ScanResult[]> {
    const results: ScanResult[] = [];
    for (const request of scans) results.push(await this.judge({ caller, eventId, request, method: 'offline' }));
    return results;
  }

  /** Manual check-in by name for someone without a phone: within the same window as a ticket scan. */
  async manual(caller: Caller, eventId: string, body: ManualCheckinRequest): Promise<ScanResult> {
    const { registrationId, nonce } = body;
    const scannedAt = new Date();
    const window = await this.door.currentWindow(eventId);
    if (!window) throw new DomainException(ErrorCode.EventNotFound, '活动不存在');
    if (!withinWindow(window, scannedAt)) {
      throw new DomainException(ErrorCode.OutsideCheckinWindow, '不在签到时间内', {
        from: window.from.toISOString(),
        until: window.until.toISOString(),
      });
    }
    return refuseSelfCheckin(
      await this.checkIn({ caller, eventId, nonce, scannedAt, registrationId, method: 'manual' }),
    );
  }

  async undo(eventId: string, checkinId: string): Promise<void> {
    const checkin = await this.checkins.findCheckin(checkinId);
    if (!checkin || checkin.eventId !== eventId) throw new DomainException(ErrorCode.NotFound, '签到记录不存在');
    // The hours a 签退 counted (and paid) stand; a wrong time is corrected by adjusting them, with a reason.
    if (checkin.checkedOutAt) throw new DomainException(ErrorCode.Conflict, '已签退的签到不能撤销，请调整服务时长');
    const after = new Date(Date.now() - this.config.tickets.undoMinutes * 60_000);
    if (!(await this.checkins.undo(checkinId, after))) {
      throw new DomainException(ErrorCode.UndoWindowPassed, `签到 ${this.config.tickets.undoMinutes} 分钟后不能撤销`);
    }
  }

  /** What a scanner needs to work without a network: the public key, the roster, the revoked tickets. */
  async offlineKit(eventId: string): Promise<OfflineKit> {
    const roster = await this.signups.findRoster(eventId);
    const event = await this.events.findById(eventId);
    if (!event) throw new DomainException(ErrorCode.EventNotFound, '活动不存在');
    const window = checkinWindow(event, this.config.tickets.windowMinutes);
    const checkouts = await this.volunteerTimes(roster.map((r) => r.registrationId));
    const kit = toOfflineKit({
      eventId,
      publicKey: toBase64Url(this.keys.publicKey),
      roster: roster.filter((r) => r.status === 'confirmed'),
      revoked: roster.filter((r) => r.status === 'cancelled' || r.status === 'rejected'),
      window,
      generatedAt: new Date(),
      decrypt: this.decrypt,
    });
    return {
      ...kit,
      roster: kit.roster.map((row) => withVolunteerTime(row, checkouts)),
      volunteer: event.type === EventType.Volunteer,
    };
  }

  async roster(eventId: string, q?: string): Promise<RosterEntry[]> {
    const rows = (await this.signups.findRoster(eventId)).filter((r) => !q || r.name.includes(q));
    const checkouts = await this.volunteerTimes(rows.map((r) => r.registrationId));
    return rows.map((r) => withVolunteerTime(toRosterEntry(r, this.decrypt), checkouts));
  }

  /** 签退 times and counted minutes by registration (volunteer events; empty for the others). */
  private async volunteerTimes(registrationIds: string[]) {
    const [checkins, hours] = await Promise.all([
      this.checkins.findCheckedOut(registrationIds),
      this.hours.findByRegistrations(registrationIds),
    ]);
    return { checkins, hours };
  }

  /** The attendance table as CSV, UTF-8 with a BOM. */
  async exportCsv(eventId: string): Promise<string> {
    return attendanceCsv(await this.attendance(eventId));
  }

  /** The attendance table as an Excel workbook. */
  async exportXlsx(eventId: string): Promise<Buffer> {
    return attendanceXlsx(await this.attendance(eventId));
  }

  /** The attendance table for export: every sign-up, no-shows marked once the event has ended, volunteers' hours. */
  private async attendance(eventId: string): Promise<AttendanceTable> {
    const roster = await this.roster(eventId);
    const event = await this.events.findById(eventId);
    const noShows = await this.signups.countNoShows([...new Set(roster.map((r) => r.memberId))], new Date());
    return attendanceTable(roster, noShows, {
      ended: Boolean(event && event.endsAt < new Date()),
      volunteer: event?.type === EventType.Volunteer,
    });
  }

  /** One scan; `method` tells an online scan from a late offline upload (whose duplicates go to review). */
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
    return this.checkIn({ ...admitted.door, registrationId: admitted.registrationId, method: scan.method });
  }

  private async checkIn(scan: DoorScan & { registrationId: string; method: Checkin['method'] }): Promise<ScanResult> {
    const { caller, eventId, nonce, scannedAt, registrationId, method } = scan;
    const door: DoorScan = { caller, eventId, nonce, scannedAt };
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
    // Attendance points are readied before the transaction and paid inside it: one commit per scan.
    const live = await this.checkins.findLiveCheckin(registrationId);
    const event = live ? null : await this.events.findById(eventId);
    const attendance = event ? await this.points.prepareAttendance(event, registration.memberId) : null;
    for (let attempt = 0; ; attempt += 1) {
      try {
        const result = await this.checkins.transaction(async (manager) => {
          const existing = await this.checkins.findLiveCheckin(registrationId, manager);
          const checkin =
            existing ??
            Object.assign(new Checkin(), {
              id: newId(),
              eventId,
              registrationId,
              liveKey: registrationId,
              scannerId: caller.userId,
              method,
              scannedAt,
              recordedAt: new Date(),
              undoneAt: null,
              checkedOutAt: null,
              checkoutScannerId: null,
              checkoutMethod: null,
            });
          if (!existing) {
            try {
              await this.checkins.insertCheckin(checkin, manager);
            } catch (error) {
              if (isUniqueViolation(error)) throw new Retry();
              throw error;
            }
          }
          const outcome = existing ? ScanOutcome.AlreadyCheckedIn : ScanOutcome.CheckedIn;
          // An offline upload that finds the ticket already in is kept for the organizer to review.
          const review = Boolean(existing) && method === 'offline';
          await this.checkins.insertScan(
            Object.assign(new Scan(), {
              nonce,
              eventId,
              registrationId,
              scannerId: caller.userId,
              outcome,
              checkinId: checkin.id,
              needsReview: review,
              scannedAt,
            }),
            manager,
          );
          if (outcome === ScanOutcome.CheckedIn) await this.points.payIn(manager, attendance);
          return { checkin, outcome, review };
        });
        return this.door.result({ nonce, registrationId, ...result });
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
}
