import { Injectable } from '@nestjs/common';
import { toBase64Url, verifyTicket } from '@tongxin/tickets';
import {
  ErrorCode,
  type ManualCheckinRequest,
  type OfflineKit,
  PointsSource,
  type RosterEntry,
  ScanOutcome,
  type ScanRequest,
  type ScanResult,
} from '@tongxin/types';
import { PinoLogger } from 'nestjs-pino';
import type { EntityManager } from 'typeorm';

import { AppConfig } from '../../../infra/config/app-config';
import { PiiCipher } from '../../../infra/crypto/pii-cipher';
import { isUniqueViolation } from '../../../infra/database/db-errors';
import { newId } from '../../../infra/database/ids';
import { DomainException } from '../../../infra/http/domain.exception';
import { AccessService } from '../../access/access.service';
import type { Caller } from '../../access/authorize.decorator';
import { Permission } from '../../access/permissions';
import { PlacesRepository } from '../../places/places.repository';
import { LedgerService, type PreparedAward } from '../../points/ledger.service';
import { UsersRepository } from '../../users/users.repository';
import { attendanceCsv, attendanceRows, type AttendanceValue, attendanceXlsx } from '../attendance-export';
import { Checkin } from '../checkin.entity';
import { admitMovedTicket, type CheckinWindow, checkinWindow, withinWindow } from '../checkin-window';
import { type DecryptPhone, toAttendee, toOfflineKit, toRosterEntry, toScanResult } from '../events.mapper';
import { CheckinsRepository } from '../repositories/checkins.repository';
import { EventSignupsRepository } from '../repositories/event-signups.repository';
import { EventsRepository } from '../repositories/events.repository';
import { Scan } from '../scan.entity';
import { TicketKeys } from '../ticket-keys';

class Retry extends Error {}

/** A scan as the door made it: who, at which event, with which nonce, when. */
interface DoorScan {
  caller: Caller;
  eventId: string;
  nonce: string;
  scannedAt: Date;
}

/** What a scan is answered with (and, for a retry of its nonce, answered with again). */
interface ScanAnswer {
  nonce: string;
  outcome: ScanOutcome;
  registrationId: string | null;
  checkin: Checkin | null;
  review: boolean;
}

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
    private readonly ledger: LedgerService,
    private readonly cipher: PiiCipher,
    private readonly config: AppConfig,
    private readonly logger: PinoLogger,
    private readonly places: PlacesRepository,
    private readonly users: UsersRepository,
    private readonly keys: TicketKeys,
    private readonly access: AccessService,
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
    const window = await this.currentWindow(eventId);
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
    const after = new Date(Date.now() - this.config.tickets.undoMinutes * 60_000);
    if (!(await this.checkins.undo(checkinId, after))) {
      throw new DomainException(ErrorCode.UndoWindowPassed, `签到 ${this.config.tickets.undoMinutes} 分钟后不能撤销`);
    }
  }

  /** What a scanner needs to work without a network: the public key, the roster, the revoked tickets. */
  async offlineKit(eventId: string): Promise<OfflineKit> {
    const roster = await this.signups.findRoster(eventId);
    const window = await this.currentWindow(eventId);
    if (!window) throw new DomainException(ErrorCode.EventNotFound, '活动不存在');
    return toOfflineKit({
      eventId,
      publicKey: toBase64Url(this.keys.publicKey),
      roster: roster.filter((r) => r.status === 'confirmed'),
      revoked: roster.filter((r) => r.status === 'cancelled' || r.status === 'rejected'),
      window,
      generatedAt: new Date(),
      decrypt: this.decrypt,
    });
  }

  async roster(eventId: string, q?: string): Promise<RosterEntry[]> {
    const rows = await this.signups.findRoster(eventId);
    return rows.filter((r) => !q || r.name.includes(q)).map((r) => toRosterEntry(r, this.decrypt));
  }

  /** The attendance table as CSV, UTF-8 with a BOM. */
  async exportCsv(eventId: string): Promise<string> {
    return attendanceCsv(await this.attendance(eventId));
  }

  /** The attendance table as an Excel workbook. */
  async exportXlsx(eventId: string): Promise<Buffer> {
    return attendanceXlsx(await this.attendance(eventId));
  }

  /** The attendance table for export: every sign-up, no-shows marked once the event has ended. */
  private async attendance(eventId: string): Promise<AttendanceValue[][]> {
    const roster = await this.roster(eventId);
    const event = await this.events.findById(eventId);
    const noShows = await this.signups.countNoShows([...new Set(roster.map((r) => r.memberId))], new Date());
    return attendanceRows(roster, noShows, Boolean(event && event.endsAt < new Date()));
  }

  /** One scan; `method` tells an online scan from a late offline upload (whose duplicates go to review). */
  private async judge(scan: {
    caller: Caller;
    eventId: string;
    request: ScanRequest;
    method: 'online' | 'offline';
  }): Promise<ScanResult> {
    const { caller, eventId, request, method } = scan;
    const earlier = await this.checkins.findScan(eventId, request.nonce);
    if (earlier) return this.replay(earlier);
    const scannedAt = request.scannedAt ? new Date(request.scannedAt) : new Date();
    const at = method === 'offline' ? scannedAt : new Date();
    const check = await admitMovedTicket(verifyTicket(request.ticket, this.keys.verify, at), {
      eventId,
      at,
      currentWindow: () => this.currentWindow(eventId),
    });
    const door: DoorScan = { caller, eventId, nonce: request.nonce, scannedAt };
    if (!check.ok) {
      const outcome =
        check.reason === 'bad_signature' || check.reason === 'malformed'
          ? ScanOutcome.Invalid
          : ScanOutcome.OutsideWindow;
      return this.record({ ...door, registrationId: null, outcome });
    }
    const { registrationId } = check.claims;
    if (check.claims.eventId !== eventId)
      return this.record({ ...door, registrationId, outcome: ScanOutcome.WrongEvent });
    return this.checkIn({ ...door, registrationId, method });
  }

  /** The event's check-in window as the event stands now; null when there is no such event. */
  private async currentWindow(eventId: string): Promise<CheckinWindow | null> {
    const event = await this.events.findById(eventId);
    return event ? checkinWindow(event, this.config.tickets.windowMinutes) : null;
  }

  private async checkIn(scan: DoorScan & { registrationId: string; method: Checkin['method'] }): Promise<ScanResult> {
    const { caller, eventId, nonce, scannedAt, registrationId, method } = scan;
    const door: DoorScan = { caller, eventId, nonce, scannedAt };
    const registration = await this.signups.findRegistration(registrationId);
    if (!registration || registration.eventId !== eventId) {
      return this.record({ ...door, registrationId, outcome: ScanOutcome.Invalid });
    }
    if (registration.status !== 'confirmed') {
      return this.record({ ...door, registrationId, outcome: ScanOutcome.Revoked });
    }
    if (registration.memberId === caller.userId) {
      return this.record({ ...door, registrationId, outcome: ScanOutcome.SelfCheckin });
    }
    // Attendance points are readied before the transaction and paid inside it: one commit per scan.
    const live = await this.checkins.findLiveCheckin(registrationId);
    const attendance = live ? null : await this.prepareAttendance(eventId, registration.memberId);
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
          if (outcome === ScanOutcome.CheckedIn && attendance)
            await this.payAttendance(manager, attendance, registrationId);
          return { checkin, outcome, review };
        });
        return this.result({ nonce, registrationId, ...result });
      } catch (error) {
        if (error instanceof Retry && attempt < 2) continue;
        if (isUniqueViolation(error)) {
          const first = await this.checkins.findScan(eventId, nonce);
          if (first) return this.replay(first);
        }
        throw error;
      }
    }
  }

  /**
   * The event's reward for this attendee, checked and made ready; null when it pays nothing. Its organizers (its
   * creator, anyone holding event rights on its place) are not paid for it. The key is the event and the member, so
   * attendance pays once whatever happens to sign-ups (cancelled after check-in, signed up and checked in again).
   */
  private async prepareAttendance(eventId: string, memberId: string): Promise<PreparedAward | null> {
    const event = await this.events.findById(eventId);
    if (!event || event.pointsReward <= 0 || event.organizerId === memberId) return null;
    const place = await this.places.findActiveById(event.placeId);
    if (!place || this.access.allows(await this.access.grantsOf(memberId), Permission.EventManage, place.path)) {
      return null;
    }
    const communityId = place.path.split('/')[1] || (await this.homeCommunityOf(memberId));
    if (!communityId) return null;
    try {
      return await this.ledger.prepareAward({
        memberId,
        source: PointsSource.EventAttended,
        sourceId: eventId,
        idempotencyKey: `event-attended:${eventId}:${memberId}`,
        communityId,
        points: event.pointsReward,
      });
    } catch (error) {
      this.logger.warn({ err: error, eventId, memberId }, 'attendance points not paid');
      return null;
    }
  }

  /**
   * Pays inside the check-in's transaction, behind a savepoint: a refusal (a cap reached) leaves the check-in
   * standing, and a key that has paid (checked in, undone, checked in again) pays nothing more.
   */
  private async payAttendance(manager: EntityManager, award: PreparedAward, registrationId: string): Promise<void> {
    try {
      await manager.transaction((inner) => this.ledger.awardIn(inner, award));
    } catch (error) {
      if (!isUniqueViolation(error)) this.logger.warn({ err: error, registrationId }, 'attendance points not paid');
    }
  }

  /** Points are paid in the event's community (a street-wide event pays in the street's first level down: none). */
  private async communityOf(placeId: string): Promise<string | null> {
    const place = await this.places.findActiveById(placeId);
    const community = place?.path.split('/')[1];
    return community || null;
  }

  /** Street-wide events pay in the attendee's own community. */
  private async homeCommunityOf(memberId: string): Promise<string | null> {
    const member = await this.users.findActiveById(memberId);
    return member?.homePlaceId ? this.communityOf(member.homePlaceId) : null;
  }

  /** Stores a scan that checked nobody in (a bad, revoked or foreign ticket) and answers it. */
  private async record(
    refusal: DoorScan & { registrationId: string | null; outcome: ScanOutcome },
  ): Promise<ScanResult> {
    const { caller, eventId, nonce, scannedAt, registrationId, outcome } = refusal;
    try {
      await this.checkins.transaction((manager) =>
        this.checkins.insertScan(
          Object.assign(new Scan(), {
            nonce,
            eventId,
            registrationId,
            scannerId: caller.userId,
            outcome,
            checkinId: null,
            needsReview: false,
            scannedAt,
          }),
          manager,
        ),
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const first = await this.checkins.findScan(eventId, nonce);
      if (first) return this.replay(first);
    }
    return this.result({ nonce, outcome, registrationId, checkin: null, review: false });
  }

  private async replay(scan: Scan): Promise<ScanResult> {
    const checkin = scan.checkinId ? await this.checkins.findCheckin(scan.checkinId) : null;
    return this.result({
      nonce: scan.nonce,
      outcome: scan.outcome as ScanOutcome,
      registrationId: scan.registrationId,
      checkin,
      review: scan.needsReview,
    });
  }

  private async result(answer: ScanAnswer): Promise<ScanResult> {
    const { outcome, registrationId, checkin } = answer;
    const attendee =
      registrationId && (outcome === ScanOutcome.CheckedIn || outcome === ScanOutcome.AlreadyCheckedIn)
        ? toAttendee(await this.signups.findAttendee(registrationId), this.decrypt)
        : null;
    const scanner = checkin ? await this.checkins.nickname(checkin.scannerId) : null;
    return toScanResult({ ...answer, attendee, scannerName: scanner?.nickname ?? null });
  }
}
